import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, StackedChart } from './Charts';

describe('accessible charts', () => {
  it('is one image named by its title and text summary, with every value written', () => {
    render(
      <BarChart
        id="c"
        title="Headcount by band"
        summary="Band 3: 8. Band 4: 4"
        bars={[
          { label: 'Band 3', value: 8, text: '8' },
          { label: 'Band 4', value: 4, text: '4' },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'Headcount by band Band 3: 8. Band 4: 4' });
    expect(image).toBeInTheDocument();
    expect(image.textContent).toContain('Band 3');
    expect(image.textContent).toContain('8');
    expect(screen.getByText('Headcount by band. The same figures are in the table below.')).toBeInTheDocument();
  });

  it('labels each part of a stacked bar with its share and tells series apart by pattern and legend', () => {
    const { container } = render(
      <StackedChart
        id="q"
        title="Men and women in each pay quartile"
        summary="Lower quartile: 16.8% men, 83.2% women"
        series={['Men', 'Women']}
        stacks={[{ label: 'Lower quartile', parts: [16.8, 83.2] }]}
      />,
    );
    expect(screen.getByRole('img', { name: /Men and women in each pay quartile/ })).toBeInTheDocument();
    expect(container.textContent).toContain('83.2%');
    expect(container.textContent).toContain('Men');
    expect(container.querySelector('pattern#q-hatch')).not.toBeNull();
  });
});
