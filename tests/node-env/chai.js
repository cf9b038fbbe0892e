// What the pure tests use of @open-wc/testing, from the chai build it ships.
import chai, { expect, assert, should } from '@esm-bundle/chai/esm/chai.js';

export { chai, expect, assert, should };
