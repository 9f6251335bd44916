import * as migration_20261129_093145_initial from './20261129_093145_initial';
import * as migration_20261129_100313_major_revision from './20261129_100313_major_revision';
import * as migration_20261202_134046_reach_counts from './20261202_134046_reach_counts';

export const migrations = [
  {
    up: migration_20261129_093145_initial.up,
    down: migration_20261129_093145_initial.down,
    name: '20261129_093145_initial',
  },
  {
    up: migration_20261129_100313_major_revision.up,
    down: migration_20261129_100313_major_revision.down,
    name: '20261129_100313_major_revision',
  },
  {
    up: migration_20261202_134046_reach_counts.up,
    down: migration_20261202_134046_reach_counts.down,
    name: '20261202_134046_reach_counts'
  },
];
