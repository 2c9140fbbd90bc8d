#!/usr/bin/env node
import { main } from '../dist/start.js';

await main();
