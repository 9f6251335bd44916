import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { siteScoped } from '../../access/siteScoped'
import { REACH_KINDS } from '../../reach/reachKinds'
import { figuresEndpoints } from './figuresEndpoints'

/**
 * How often a site's banner was shown and its link followed, per edition, day (in the site's
 * zone), snippet kind and audience (people or bots): counts only, nothing about a visitor. Written
 * by the front server's counter (src/reach/) alone; editors read their sites' rows through the
 * campaign's "Số liệu" tab. Each row has one writer, the process that made it (see `writer`), so
 * its read-add-write cannot race another instance's; the figures sum a key's rows.
 */
export const ReachCounts: CollectionConfig = {
  slug: 'reach-counts',
  labels: {
    singular: { vi: 'Số liệu tiếp cận', en: 'Reach count' },
    plural: { vi: 'Số liệu tiếp cận', en: 'Reach counts' },
  },
  admin: { hidden: true, useAsTitle: 'key' },
  access: {
    read: siteScoped('site'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: figuresEndpoints,
  fields: [
    // writer|site|edition|day|kind|audience: one row per writing process and counted key.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    {
      // A random name the counting process takes when it starts: not a visitor's, a server's.
      name: 'writer',
      type: 'text',
      required: true,
    },
    // Not required: deleting a site leaves its rows without one (no editor sees them; the
    // retention deletes them in time).
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true },
    // The edition's id as text: numbers on SQLite, ObjectIds on MongoDB.
    { name: 'edition', type: 'text', required: true, index: true },
    // YYYY-MM-DD in the site's zone; such strings sort like the dates they name.
    { name: 'day', type: 'text', required: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: REACH_KINDS.map((kind) => ({ label: kind, value: kind })),
    },
    { name: 'isBot', type: 'checkbox', required: true, defaultValue: false },
    { name: 'displays', type: 'number', required: true, defaultValue: 0 },
    { name: 'clicks', type: 'number', required: true, defaultValue: 0 },
  ],
  timestamps: true,
}
