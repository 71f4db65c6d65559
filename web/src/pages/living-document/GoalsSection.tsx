/** Quarterly goals with their status (changeable in place), and a form to add one — where the server says the reader may change the document. */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { Empty } from '../../components/States';
import { TemplateGuidance, useTemplate } from '../templates/TemplateGuidance';
import { describeFailure } from './errors';
import { goalsByQuarter, goalStatuses, goalStatusNames, quarterOf, type Goal, type GoalStatus } from './model';

export function GoalsSection({ personId, goals, mayChange, onChanged }: { personId: string; goals: readonly Goal[]; mayChange: boolean; onChanged: () => void }) {
  const formId = useId();
  const [quarter, setQuarter] = useState(() => quarterOf(new Date()));
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const template = useTemplate('quarterly-goals');

  async function run(action: () => Promise<unknown>) {
    setError('');
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(describeFailure(e));
    }
  }

  function add(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await api('POST /api/people/{id}/goals', { params: { id: personId }, body: { quarter, text } });
      setText('');
    });
  }

  const setStatus = (goal: Goal, status: GoalStatus) => void run(() => api('PUT /api/people/{id}/goals/{goalId}', { params: { id: personId, goalId: goal.id }, body: { status } }));

  return (
    <section className="panel" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      {goals.length === 0 && <Empty>No goals yet.</Empty>}
      {goalsByQuarter(goals).map(([q, list]) => (
        <div key={q} className="goal-quarter">
          <h3>{q}</h3>
          <ul className="goal-list">
            {list.map((g) => (
              <li key={g.id} data-status={g.status}>
                <span>{g.text}</span>
                {!mayChange ? (
                  <span className="tag">{goalStatusNames[g.status]}</span>
                ) : (
                  <>
                    <label className="visually-hidden" htmlFor={`${formId}-${g.id}`}>
                      Status of “{g.text}”
                    </label>
                    <select id={`${formId}-${g.id}`} value={g.status} onChange={(e) => setStatus(g, e.target.value as GoalStatus)}>
                      {goalStatuses.map((s) => (
                        <option key={s} value={s}>
                          {goalStatusNames[s]}
                        </option>
                      ))}
                    </select>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {mayChange && <TemplateGuidance template={template} label="What a goal says" />}
      {mayChange && (
        <form className="filters" onSubmit={add} noValidate>
          <div className="field">
            <label htmlFor={`${formId}-quarter`}>Quarter</label>
            <input id={`${formId}-quarter`} value={quarter} onChange={(e) => setQuarter(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-goal`}>Goal</label>
            <input id={`${formId}-goal`} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="submit" className="button">
            Add goal
          </button>
        </form>
      )}
      <FormError message={error} />
    </section>
  );
}
