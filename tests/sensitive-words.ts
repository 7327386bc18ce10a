/** The list lives in lib/ (the handout checks its own text with it); the tests read the same one. */
export { SENSITIVE_WORDS, sensitiveIn } from '../lib/resource/sensitive-words.ts';
