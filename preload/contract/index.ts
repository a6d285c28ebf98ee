export * from './api';
export * from './channels';
export * from './events';
export * from './result';
export * from './schemas';
export * from './connector-schemas';
export * from './profile-schemas';
export * from './catalog-schemas';
