import { siteScoped } from './siteScoped'

/** Campaign changes and version history: admins, or editors of one of the campaign's sites. */
export const editorOfSite = siteScoped('sites')
