import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AccentColorHint as AccentColorHint_ec0d399124ebbfdc99ee401de77eeb1a } from '../../../components/AccentColorHint'
import { ReachFigures as ReachFigures_5fbf47462c1b0bfabd1879cf0edcad6a } from '../../../components/ReachFigures/ReachFigures'
import { PendingChanges as PendingChanges_560fc127398466c4178f2a1721f0e8e5 } from '../../../components/PendingChanges/PendingChanges'
import { CampaignVisibility as CampaignVisibility_fcfb2e69a428d6d0a346cfb29f9593ec } from '../../../components/CampaignVisibility'
import { NextEditionButton as NextEditionButton_26e41e3e168072f5d1a4dcb92991e082 } from '../../../components/NextEditionButton'
import { SchedulePublishButton as SchedulePublishButton_82e2501dac75db7dff4a004b847e3299 } from '../../../components/SchedulePublication/SchedulePublishButton'
import { ImportAnnouncement as ImportAnnouncement_e629afccfd9215325a031f5e68dff3f1 } from '../../../components/ImportAnnouncement/ImportAnnouncement'
import { DocumentNumberHint as DocumentNumberHint_f79154033817a5e4cc6492bf6fc32f43 } from '../../../components/DocumentNumberHint'
import { FollowsPatternCell as FollowsPatternCell_79d666515bceffbd9282773373f6f762 } from '../../../components/FollowsPatternCell'
import { EmbedPanel as EmbedPanel_7c141a9fb338ca683db7c6b77f989462 } from '../../../components/EmbedPanel/EmbedPanel'
import { SiteOverviewPanel as SiteOverviewPanel_e3f189180d79ce8a71203cb8ff380043 } from '../../../components/Dashboard/SiteOverviewPanel'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { FirstUserSetup as FirstUserSetup_50ba62bbebf66bdad138532c02a33485 } from '../../../components/FirstUserSetup'
import { CollectionCards as CollectionCards_806771b1c13a20cb963a9b8c1f66a789 } from '../../../components/Dashboard/CollectionCards'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/AccentColorHint#AccentColorHint": AccentColorHint_ec0d399124ebbfdc99ee401de77eeb1a,
  "/components/ReachFigures/ReachFigures#ReachFigures": ReachFigures_5fbf47462c1b0bfabd1879cf0edcad6a,
  "/components/PendingChanges/PendingChanges#PendingChanges": PendingChanges_560fc127398466c4178f2a1721f0e8e5,
  "/components/CampaignVisibility#CampaignVisibility": CampaignVisibility_fcfb2e69a428d6d0a346cfb29f9593ec,
  "/components/NextEditionButton#NextEditionButton": NextEditionButton_26e41e3e168072f5d1a4dcb92991e082,
  "/components/SchedulePublication/SchedulePublishButton#SchedulePublishButton": SchedulePublishButton_82e2501dac75db7dff4a004b847e3299,
  "/components/ImportAnnouncement/ImportAnnouncement#ImportAnnouncement": ImportAnnouncement_e629afccfd9215325a031f5e68dff3f1,
  "/components/DocumentNumberHint#DocumentNumberHint": DocumentNumberHint_f79154033817a5e4cc6492bf6fc32f43,
  "/components/FollowsPatternCell#FollowsPatternCell": FollowsPatternCell_79d666515bceffbd9282773373f6f762,
  "/components/EmbedPanel/EmbedPanel#EmbedPanel": EmbedPanel_7c141a9fb338ca683db7c6b77f989462,
  "/components/Dashboard/SiteOverviewPanel#SiteOverviewPanel": SiteOverviewPanel_e3f189180d79ce8a71203cb8ff380043,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/FirstUserSetup#FirstUserSetup": FirstUserSetup_50ba62bbebf66bdad138532c02a33485,
  "/components/Dashboard/CollectionCards#CollectionCards": CollectionCards_806771b1c13a20cb963a9b8c1f66a789,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
