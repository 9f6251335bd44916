import { siteScoped } from './siteScoped'

/** Sites: admins see all; editors see the sites they manage (to pick them on a campaign). */
export const managedSitesOrAdmin = siteScoped('id')
