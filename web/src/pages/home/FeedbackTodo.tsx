/**
 * The feedback part of "what needs doing": requests the reader was asked to answer, each with the
 * person, the cycle and its deadline; and the feedback the reader has received (shared only).
 */
import type { Schemas } from '../../api/openapi.gen';
import { DataTable, type Column } from '../../components/Table';
import { formatDate } from '../../format';
import { Link } from '../../router/Link';
import { feedbackPaths, kindNames, type FeedbackRequest } from '../feedback/model';

const columns: Column<FeedbackRequest>[] = [
  { key: 'subject', header: 'About', cell: (r) => <Link to={feedbackPaths.write(r.id)}>{`Write ${kindNames[r.kind].toLowerCase()} feedback for ${r.subjectName}`}</Link>, sortBy: (r) => r.subjectName, rowHeader: true },
  { key: 'cycle', header: 'Cycle', cell: (r) => r.cycleName },
  { key: 'due', header: 'Due', cell: (r) => (r.due ? formatDate(r.due) : 'No deadline'), sortBy: (r) => r.due },
];

export function FeedbackTodo({ f, personId }: { f: Schemas['HomeTodo']['feedback']; personId: string | null }) {
  return (
    <>
      {f.toWrite.length > 0 && <DataTable caption="Feedback requested from you" columns={columns} rows={f.toWrite} rowKey={(r) => r.id} initialSort={{ key: 'due', dir: 'ascending' }} />}
      {personId && f.received && f.received.total > 0 && (
        <p>
          Feedback received: {f.received.total} ({f.received.recent.map((r) => `${kindNames[r.kind].toLowerCase()}${r.from ? ` from ${r.from}` : ''}, ${formatDate(r.at)}`).join('; ')}
          {f.received.total > f.received.recent.length ? '; …' : ''}). <Link to={feedbackPaths.received(personId)}>Read your feedback</Link>
        </p>
      )}
    </>
  );
}
