import { type Task, TaskList } from '../../components/TaskList';
import type { Consensus, Evaluation } from '../../generated/api';
import { evaluationPaths } from './paths';

interface PanelWorkTaskListProps {
  evaluation: Evaluation;
  consensus?: Consensus;
  manages: boolean;
}

/** The panel's work as a GOV.UK task list: each step, how far it has got, and a link where the user can act. */
export function PanelWorkTaskList({ evaluation, consensus, manages }: PanelWorkTaskListProps) {
  const id = evaluation.id;
  const member = evaluation.onMyPanel === true;
  const inPanel = evaluation.status === 'IN_PANEL';
  const agreed = evaluation.agreedLevels.length;
  const complete = evaluation.factorCount > 0 && agreed >= evaluation.factorCount;
  const signed = evaluation.signOffs.length;

  const tasks: Task[] = [
    {
      id: 'panel',
      title: 'Form the panel',
      status: inPanel ? 'Completed' : 'Not yet started',
      href: manages ? evaluationPaths.panel(id) : undefined,
      hint: inPanel ? `${evaluation.panel.length} members` : 'At least 3 members, with both sides and a chair',
    },
    {
      id: 'provisional',
      title: member ? 'Record your provisional levels' : 'Provisional levels and consensus',
      status: !inPanel ? 'Cannot start yet' : consensus && consensus.membersRecorded >= evaluation.panel.length ? 'Completed' : consensus && consensus.membersRecorded > 0 ? 'In progress' : 'Not yet started',
      href: inPanel ? evaluationPaths.consensus(id) : undefined,
      hint: consensus && inPanel ? `${consensus.membersRecorded} of ${evaluation.panel.length} members have recorded levels` : undefined,
    },
    {
      id: 'levels',
      title: 'Agree a level and rationale for each factor',
      status: !inPanel ? 'Cannot start yet' : complete ? 'Completed' : agreed > 0 ? 'In progress' : 'Not yet started',
      href: inPanel && member ? evaluationPaths.scoreStart(id) : undefined,
      hint: inPanel ? `${agreed} of ${evaluation.factorCount} factors agreed` : undefined,
    },
    {
      id: 'check',
      title: 'Consistency check',
      status: !complete ? 'Cannot start yet' : evaluation.consistencyCheck ? 'Completed' : evaluation.checkRequired ? 'Not yet started' : 'Not needed',
      href: inPanel && complete ? evaluationPaths.consistency(id) : undefined,
      hint: complete && evaluation.checkRequired && !evaluation.consistencyCheck ? 'Required: near a band boundary or a factor out of line' : undefined,
    },
    {
      id: 'sign-off',
      title: 'Sign off the agreed levels',
      status: !complete ? 'Cannot start yet' : evaluation.signOffComplete ? 'Completed' : signed > 0 ? 'In progress' : 'Not yet started',
      href: complete && inPanel ? `${evaluationPaths.evaluation(id)}#sign-off` : undefined,
      hint: complete ? `${signed} of ${evaluation.panel.length} members have signed off` : 'A management-side member, a staff-side member and the chair',
    },
    {
      id: 'publish',
      title: 'Publish the outcome',
      status: evaluation.canPublish ? 'Not yet started' : 'Cannot start yet',
      href: evaluation.canPublish && manages ? evaluationPaths.publish(id) : undefined,
    },
  ];
  return (
    <section aria-labelledby="panel-work-heading">
      <h2 className="govuk-heading-m" id="panel-work-heading">
        Panel work
      </h2>
      <TaskList tasks={tasks} label="Panel work" />
    </section>
  );
}
