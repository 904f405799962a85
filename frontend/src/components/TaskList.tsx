import { Link } from 'react-router-dom';
import type { TagColour } from './Tag';

/** How far a task has got, as the GOV.UK task list says it. */
export type TaskStatus = 'Completed' | 'In progress' | 'Not yet started' | 'Cannot start yet' | 'Not needed';

const COLOURS: Partial<Record<TaskStatus, TagColour>> = {
  'In progress': 'light-blue',
  'Not yet started': 'blue',
};

export interface Task {
  id: string;
  title: string;
  status: TaskStatus;
  /** Where the task is done; without it the title is plain text (nothing to do there, or not for this user). */
  href?: string;
  hint?: string;
}

/** The GOV.UK task list: each step with its status, linked when the user can act on it. */
export function TaskList({ tasks, label }: { tasks: Task[]; label?: string }) {
  return (
    <ul className="govuk-task-list" aria-label={label}>
      {tasks.map((task) => {
        const statusId = `${task.id}-status`;
        const hintId = `${task.id}-hint`;
        const described = [task.hint ? hintId : undefined, statusId].filter(Boolean).join(' ');
        const colour = COLOURS[task.status];
        const plain = task.status === 'Completed' || task.status === 'Not needed' || task.status === 'Cannot start yet';
        return (
          <li className={`govuk-task-list__item${task.href ? ' govuk-task-list__item--with-link' : ''}`} key={task.id} data-task={task.id}>
            <div className="govuk-task-list__name-and-hint">
              {task.href ? (
                <Link className="govuk-link govuk-task-list__link" to={task.href} aria-describedby={described}>
                  {task.title}
                </Link>
              ) : (
                <div>{task.title}</div>
              )}
              {task.hint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              )}
            </div>
            <div
              className={`govuk-task-list__status${task.status === 'Cannot start yet' ? ' govuk-task-list__status--cannot-start-yet' : ''}`}
              id={statusId}
            >
              {plain || colour === undefined ? task.status : <strong className={`govuk-tag govuk-tag--${colour}`}>{task.status}</strong>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
