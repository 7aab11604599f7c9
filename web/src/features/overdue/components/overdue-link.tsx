import { WarningOutlined } from '@ant-design/icons';
import { PermittedLink } from '../../auth';

/** The header link to 逾期督查 (leaders and inspectors). */
export function OverdueLink() {
  return (
    <PermittedLink action="overdue.read" to="/overdue" icon={<WarningOutlined aria-hidden="true" />}>
      逾期督查
    </PermittedLink>
  );
}
