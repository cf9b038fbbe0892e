import { expect } from '@open-wc/testing';
import { MODEL_VERSION } from '../../src/model/types.js';

describe('model', () => {
  it('speaks version 1', () => {
    expect(MODEL_VERSION).to.equal(1);
  });
});
