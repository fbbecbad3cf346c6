import { oldApiSuite } from './old-api.suite.js';

oldApiSuite(19);
