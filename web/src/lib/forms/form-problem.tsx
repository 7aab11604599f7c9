import { Alert } from 'antd';
import type { FormProblem } from './use-schema-form';

interface Props {
  problem: FormProblem | null;
  /** form-error below an ordinary form; step-refusal in a lifecycle step's dialog. */
  className?: string;
  /** alert: read out at once (a refusal after submitting). */
  role?: 'alert';
  style?: React.CSSProperties;
}

/** What a form says below its fields after a refusal: the sentence, and its lines as a list. */
export function FormProblemAlert({ problem, className = 'form-error', role, style }: Props) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={problem.message}
      description={
        problem.lines?.length ? (
          <ul className="reason-list">
            {problem.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      className={className}
      role={role}
      style={style}
    />
  );
}
