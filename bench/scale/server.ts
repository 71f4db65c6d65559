/**
 * One Trellis server in its own process for bench/delivery-scale.ts (two of them share one
 * PostgreSQL database in the scale-out run). Prints its address as one JSON line; stops on SIGTERM.
 *
 *   node --import tsx bench/scale/server.ts DB
 */
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/http/server.js';
import { openStore } from '../../src/store/db.js';

const db = process.argv[2]!;
const config = loadConfig(process.env, { db, port: 0, logLevel: 'silent' });
const store = await openStore(db, { pgPoolSize: config.pgPoolSize });
const running = await startServer({ store, config, signals: ['SIGTERM'] });
console.log(JSON.stringify({ address: running.address, workers: config.reportWorkers }));
