/** 消息提醒: the bell in the board header. */
export { NotificationBell } from './components/notification-bell';
