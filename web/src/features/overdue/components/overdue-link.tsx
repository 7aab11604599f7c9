import { WarningOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { asOfSearch, parseAsOf } from '../../as-of';
import { PermittedLink } from '../../auth';

/** The header link to 逾期督查 (leaders and inspectors); from a board read as of a day, to that day's list. */
export function OverdueLink() {
  const [params] = useSearchParams();
  const search = asOfSearch(parseAsOf(params));
  return (
    <PermittedLink action="overdue.read" to={search ? `/overdue?${search}` : '/overdue'} icon={<WarningOutlined aria-hidden="true" />}>
      逾期督查
    </PermittedLink>
  );
}
