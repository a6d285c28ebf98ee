export * from './api';
export * from './channels';
export * from './events';
export * from './result';
export * from './schemas';
