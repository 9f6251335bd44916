import { siteScoped } from './siteScoped'

/**
 * Documents and files belong to the site that added them; records without an owner site are
 * shared across sites (national documents) and only admins may change them.
 */
export const ownerSiteOrAdmin = siteScoped('ownerSite')
