// The one module of shared defaults: cadence minutes per severity and report hours, and the one reader of their
// configured values (by rule name or id, only finite positive numbers).
import * as assert from 'assert';
import {
  DEFAULT_CADENCE_MINUTES, DEFAULT_REPORT_HOURS, FALLBACK_CADENCE_MINUTES, cadenceMinutes, configuredCadence,
  configuredReportHours, reportHours,
} from '../../src/core/defaults';
import { cadenceOf, publishHours } from '../../src/core/authoring/index';
import { summarize } from '../../src/core/timeline/summary';
import { parseDocument } from '../../src/core/model/parse';
import type { Config } from '../../src/core/types';

describe('defaults', () => {
  it('holds the cadence table and the report hours of the design', () => {
    assert.deepEqual({ ...DEFAULT_CADENCE_MINUTES }, { sev1: 15, sev2: 30, sev3: 60, sev4: 240 });
    assert.equal(DEFAULT_REPORT_HOURS, 72);
    assert.equal(FALLBACK_CADENCE_MINUTES, 60);
  });

  it('reads a partial cadence table over the defaults and ignores unusable values', () => {
    assert.equal(cadenceMinutes({ minutes: { sev1: 10 } }, 'sev1'), 10);
    assert.equal(cadenceMinutes({ minutes: { sev1: 10 } }, 'sev3'), 60);
    for (const bad of [-5, 0, Infinity, NaN, '20', null]) assert.equal(cadenceMinutes({ minutes: { sev2: bad } }, 'sev2'), 30);
    assert.equal(cadenceMinutes(undefined, 'sev4'), 240);
    assert.equal(cadenceMinutes({ minutes: { sev1: 10 } }, undefined), undefined);
  });

  it('reads report hours, by rule name or by id', () => {
    assert.equal(reportHours(undefined), 72);
    assert.equal(reportHours({ hours: 48 }), 48);
    assert.equal(reportHours({ hours: Infinity }), 72);
    assert.equal(configuredReportHours({ rules: { 'publish-deadline': { hours: 24 } } }), 24);
    assert.equal(configuredReportHours({ rules: { PM003: { hours: 36 } } }), 36);
    assert.equal(configuredReportHours({ rules: { 'publish-deadline': 'error' } }), 72);
    assert.equal(configuredCadence('sev2', { rules: { PM005: { minutes: { sev2: 20 } } } }), 20);
  });

  it('gives scaffolding and the timeline summary the same figures', () => {
    const configs: Array<Config | undefined> = [
      undefined,
      { rules: { 'update-cadence': { minutes: { sev2: 20 } }, 'publish-deadline': { hours: 48 } } },
      { rules: { PM005: { minutes: { sev2: 25 } }, PM003: { hours: 12 } } },
      { rules: { 'update-cadence': { minutes: { sev2: Infinity } }, 'publish-deadline': { hours: Infinity } } },
    ];
    const text = '---\nkind: incident\nseverity: sev2\n---\n# A\n';
    for (const config of configs) {
      const summary = summarize(parseDocument(text, { config }), 'file:///a.md', config)!;
      assert.equal(summary.cadenceMinutes, cadenceOf('sev2', config));
      assert.equal(summary.reportHours, publishHours(config));
    }
  });
});
