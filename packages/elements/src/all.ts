/** Registers every Hearth element. */
import './provider/define.js';
import './crisis-resources/define.js';
import './quick-exit/define.js';
import './coping-card/define.js';
import './journal-prompt/define.js';
import './feedback-form/define.js';
import './consent/define.js';
import './safety-plan/define.js';

export * from './index.js';
