// Registers every element. Guarded: the drop-in script and the ES module may both be on one page.
import { defineElement } from './internal/define-element.js';
import { StreamSpaceConnectionStatus } from './elements/connection-status/connection-status.js';
import { StreamSpaceEnterpriseWs } from './elements/enterprise-ws/enterprise-ws.js';
import { StreamSpaceToastStack } from './elements/toast-stack/toast-stack.js';
import { StreamSpaceNotificationCenter } from './elements/notification-center/notification-center.js';

defineElement('streamspace-toast-stack', StreamSpaceToastStack);
defineElement('streamspace-enterprise-ws', StreamSpaceEnterpriseWs);
defineElement('streamspace-connection-status', StreamSpaceConnectionStatus);
defineElement('streamspace-notification-center', StreamSpaceNotificationCenter);
