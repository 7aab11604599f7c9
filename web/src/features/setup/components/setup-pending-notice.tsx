import { Alert } from 'antd';
import { useSetupStatus } from '../api/get-setup-status';

/** On the sign-in page of a board without any 系统管理员: where the clerk finds the way in. */
export function SetupPendingNotice() {
  const { data } = useSetupStatus();
  if (!data?.pending) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="login-error"
      title="看板尚未初始化"
      description="还没有系统管理员。请打开启动看板时终端（或服务日志）中显示的初始化链接（形如 http://服务器地址:3000/setup?token=…），创建第一个系统管理员后再登录。"
    />
  );
}
