export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

interface TagProps {
  text: string;
  colour?: TagColour;
}

export function Tag({ text, colour }: TagProps) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{text}</strong>;
}

export function YesNoTag({ value }: { value: boolean }) {
  return value ? <Tag text="Yes" colour="green" /> : <Tag text="No" colour="grey" />;
}
