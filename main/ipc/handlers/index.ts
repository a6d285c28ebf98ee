import type { HandlerMap } from '../handler-types';
import * as app from './app';
import * as audit from './audit';
import * as catalog from './catalog';
import * as connectors from './connectors';
import * as crosswalks from './crosswalks';
import * as dedup from './dedup';
import * as files from './files';
import * as gates from './gates';
import * as mapping from './mapping';
import * as mappingContract from './mapping-contract';
import * as profile from './profile';
import * as projects from './projects';
import * as quality from './quality';
import * as runs from './runs';
import * as simulation from './simulation';
import * as runsCompare from './runs-compare';
import * as settings from './settings';

/** Every channel's handler: the one registry the dispatcher wraps. */
export const handlers: HandlerMap = {
  'app:info': app.info,
  'projects:current': projects.current,
  'projects:open': projects.open,
  'projects:pick': projects.pick,
  'projects:create-demo': projects.createDemo,
  'projects:validate': projects.validate,
  'runs:start': runs.start,
  'runs:cancel': runs.cancel,
  'runs:rollback': runs.rollback,
  'runs:list': runs.list,
  'runs:get': runs.get,
  'runs:compare': runsCompare.compare,
  'connectors:kinds': connectors.kinds,
  'connectors:list': connectors.list,
  'connectors:test': connectors.test,
  'connectors:discover': connectors.discover,
  'connectors:preview': connectors.preview,
  'connectors:add': connectors.add,
  'connectors:remove': connectors.remove,
  'connectors:test-target': connectors.testTarget,
  'connectors:set-target': connectors.setTarget,
  'profile:start': profile.start,
  'profile:cancel': profile.cancel,
  'profile:get': profile.get,
  'crosswalks:list': crosswalks.list,
  'crosswalks:get': crosswalks.get,
  'crosswalks:save': crosswalks.save,
  'crosswalks:delete': crosswalks.remove,
  'crosswalks:scan': crosswalks.scan,
  'crosswalks:library': crosswalks.library,
  'crosswalks:create-from': crosswalks.createFrom,
  'quality:report': quality.report,
  'quality:issues': quality.issues,
  'quality:rejects': quality.rejects,
  'quality:checks': quality.checks,
  'quality:patients': quality.patients,
  'gates:profiles': gates.profiles,
  'gates:evaluate': gates.evaluate,
  'gates:waive': gates.waive,
  'gates:withdraw-waiver': gates.withdrawWaiver,
  'reconcile:target': gates.reconcile,
  'audit:verify': audit.verify,
  'audit:entries': audit.entries,
  'audit:signoffs': audit.signoffs,
  'audit:sign': audit.sign,
  'evidence:pack': audit.pack,
  'dedup:run': dedup.run,
  'dedup:latest': dedup.latest,
  'dedup:pairs': dedup.pairs,
  'dedup:decide': dedup.decide,
  'dedup:clusters': dedup.clusters,
  'simulation:packs': simulation.packs,
  'simulation:run': simulation.run,
  'simulation:save': simulation.save,
  'simulation:estimate': simulation.estimate,
  'catalog:get': catalog.get,
  'catalog:templates': catalog.templates,
  'catalog:inspect': catalog.inspect,
  'files:list': files.list,
  'files:pick': files.pick,
  'mapping:pairs': mapping.pairs,
  'mapping:get': mappingContract.get,
  'mapping:update': mappingContract.update,
  'mapping:versions': mappingContract.versions,
  'mapping:version': mappingContract.version,
  'mapping:restore': mappingContract.restore,
  'mapping:import': mappingContract.importCsv,
  'mapping:try-expression': mapping.tryExpression,
  'mapping:export': mapping.exportFile,
  'mapping:suggest': mapping.suggest,
  'settings:get': settings.get,
  'settings:update': settings.update,
};
