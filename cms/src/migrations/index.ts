import * as migration_20261129_093145_initial from './20261129_093145_initial';

export const migrations = [
  {
    up: migration_20261129_093145_initial.up,
    down: migration_20261129_093145_initial.down,
    name: '20261129_093145_initial'
  },
];
