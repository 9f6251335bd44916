import * as migration_20261129_093145_initial from './20261129_093145_initial';
import * as migration_20261129_100313_major_revision from './20261129_100313_major_revision';

export const migrations = [
  {
    up: migration_20261129_093145_initial.up,
    down: migration_20261129_093145_initial.down,
    name: '20261129_093145_initial',
  },
  {
    up: migration_20261129_100313_major_revision.up,
    down: migration_20261129_100313_major_revision.down,
    name: '20261129_100313_major_revision'
  },
];
