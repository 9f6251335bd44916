// The module entry, `<script type="module" src="https://cms.example/widget/v1/campaign-banner.js">`:
// registers <campaign-banner>, its CMS origin defaulting to the origin this file was served from.
import { defineCampaignBanner } from './campaign-banner'

export { CampaignBanner } from './campaign-banner'

defineCampaignBanner(new URL(import.meta.url).origin)
