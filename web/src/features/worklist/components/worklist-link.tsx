import { CheckSquareOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { PermittedLink } from '../../auth';
import { useWorklistCount } from '../api/use-worklist-count';

/** The header's 待办 link, with how many things wait for this user. */
export function WorklistLink() {
  const count = useWorklistCount();
  return (
    <PermittedLink action="item.read" to="/todo" icon={<CheckSquareOutlined aria-hidden="true" />}>
      <span aria-label={count ? `待办（${count}项）` : '待办'}>
        待办
        {count > 0 && <Badge className="worklist-badge" count={count} size="small" />}
      </span>
    </PermittedLink>
  );
}
