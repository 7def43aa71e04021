import { afterAll } from 'vitest';
import { removeTempDirs } from '../temp.js';

// Runs after every test file, in both tiers.
afterAll(removeTempDirs);
