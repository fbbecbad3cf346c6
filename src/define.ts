// Registers both elements. Guarded: the drop-in script and the ES module may both be on one page.
import { defineElement } from './elements/define.js';
import { StreamSpaceEnterpriseWs } from './elements/enterprise-ws.js';
import { StreamSpaceToastStack } from './elements/toast-stack.js';

defineElement('streamspace-toast-stack', StreamSpaceToastStack);
defineElement('streamspace-enterprise-ws', StreamSpaceEnterpriseWs);
