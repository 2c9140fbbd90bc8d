export * from './answers.js';
export * from './schedule.js';
