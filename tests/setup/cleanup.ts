import { afterAll } from 'vitest';
import { cleanUpTestFile } from '../temp.js';

// Runs after every test file, in both tiers.
afterAll(cleanUpTestFile);
