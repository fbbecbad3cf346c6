import { beyondOldApiSuite } from './beyond-old-api.suite.js';

beyondOldApiSuite(18);
