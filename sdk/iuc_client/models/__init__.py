"""Contains all the data models used in inputs/outputs"""

from .accept_body import AcceptBody
from .action_cancel import ActionCancel
from .action_create import ActionCreate
from .action_kind import ActionKind
from .action_page import ActionPage
from .action_plans_report_create import ActionPlansReportCreate
from .action_plans_report_read import ActionPlansReportRead
from .action_plans_report_read_snapshot import ActionPlansReportReadSnapshot
from .action_plans_stats_read import ActionPlansStatsRead
from .action_plans_stats_read_actions_by_status import ActionPlansStatsReadActionsByStatus
from .action_plans_stats_read_actions_by_theme import ActionPlansStatsReadActionsByTheme
from .action_plans_stats_read_plans_by_kind import ActionPlansStatsReadPlansByKind
from .action_plans_stats_read_plans_by_state import ActionPlansStatsReadPlansByState
from .action_plans_summary import ActionPlansSummary
from .action_plans_summary_actions_by_status import ActionPlansSummaryActionsByStatus
from .action_plans_summary_actions_by_theme import ActionPlansSummaryActionsByTheme
from .action_plans_summary_indicators_by_trajectory import ActionPlansSummaryIndicatorsByTrajectory
from .action_plans_summary_plans_by_state import ActionPlansSummaryPlansByState
from .action_read import ActionRead
from .action_read_organisations_item import ActionReadOrganisationsItem
from .action_status import ActionStatus
from .action_update import ActionUpdate
from .activity_cancel_body import ActivityCancelBody
from .activity_create import ActivityCreate
from .activity_create_status import ActivityCreateStatus
from .activity_held_body import ActivityHeldBody
from .activity_kind import ActivityKind
from .activity_page import ActivityPage
from .activity_read import ActivityRead
from .activity_status import ActivityStatus
from .activity_update import ActivityUpdate
from .adhesion_type import AdhesionType
from .agreement_create import AgreementCreate
from .agreement_kind import AgreementKind
from .agreement_page import AgreementPage
from .agreement_read import AgreementRead
from .application_create import ApplicationCreate
from .application_invitation_create import ApplicationInvitationCreate
from .application_invitation_page import ApplicationInvitationPage
from .application_invitation_read import ApplicationInvitationRead
from .application_page import ApplicationPage
from .application_read import ApplicationRead
from .application_reviewers_read import ApplicationReviewersRead
from .application_stats_read import ApplicationStatsRead
from .application_stats_read_applications_by_call import ApplicationStatsReadApplicationsByCall
from .application_stats_read_applications_by_state import ApplicationStatsReadApplicationsByState
from .application_update import ApplicationUpdate
from .applications_field_change_read import ApplicationsFieldChangeRead
from .applications_import_read import ApplicationsImportRead
from .applications_optional_reason import ApplicationsOptionalReason
from .applications_reason import ApplicationsReason
from .applications_state import ApplicationsState
from .applications_summary import ApplicationsSummary
from .applications_summary_by_state import ApplicationsSummaryByState
from .applications_summary_mean_score_by_criterion import ApplicationsSummaryMeanScoreByCriterion
from .applications_summary_refused_by_rule import ApplicationsSummaryRefusedByRule
from .applications_transition_read import ApplicationsTransitionRead
from .applications_transition_read_kind import ApplicationsTransitionReadKind
from .assign_reviewers import AssignReviewers
from .assign_reviewers_read import AssignReviewersRead
from .attempt_page import AttemptPage
from .attempt_read import AttemptRead
from .attempt_result import AttemptResult
from .baseline import Baseline
from .batch_item_result import BatchItemResult
from .batch_item_result_outcome import BatchItemResultOutcome
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .batch_result import BatchResult
from .blocking_pair import BlockingPair
from .body_batch_upsert_signatories import BodyBatchUpsertSignatories
from .body_batch_upsert_signatories_items_item import BodyBatchUpsertSignatoriesItemsItem
from .breakdown import Breakdown
from .budget import Budget
from .call_close import CallClose
from .call_create import CallCreate
from .call_page import CallPage
from .call_read import CallRead
from .call_settings_put import CallSettingsPut
from .call_settings_put_country_quotas import CallSettingsPutCountryQuotas
from .call_settings_put_region_quotas import CallSettingsPutRegionQuotas
from .call_settings_put_weights import CallSettingsPutWeights
from .call_settings_read import CallSettingsRead
from .call_settings_read_country_quotas import CallSettingsReadCountryQuotas
from .call_settings_read_region_quotas import CallSettingsReadRegionQuotas
from .call_settings_read_weights import CallSettingsReadWeights
from .call_update import CallUpdate
from .candidate_page import CandidatePage
from .candidate_read import CandidateRead
from .change_page import ChangePage
from .change_read import ChangeRead
from .change_read_op import ChangeReadOp
from .city_create import CityCreate
from .city_feature import CityFeature
from .city_page import CityPage
from .city_properties import CityProperties
from .city_read import CityRead
from .city_update import CityUpdate
from .commitment_in import CommitmentIn
from .commitment_read import CommitmentRead
from .complete_body import CompleteBody
from .compliance_read import ComplianceRead
from .compliance_read_missing_item import ComplianceReadMissingItem
from .compliance_summary import ComplianceSummary
from .compliance_summary_missing_item import ComplianceSummaryMissingItem
from .component import Component
from .conflict_declaration import ConflictDeclaration
from .conflict_read import ConflictRead
from .covenant_import_read import CovenantImportRead
from .covenant_report_create import CovenantReportCreate
from .covenant_report_read import CovenantReportRead
from .covenant_stats_read import CovenantStatsRead
from .covenant_stats_read_by_badge import CovenantStatsReadByBadge
from .covenant_stats_read_by_country import CovenantStatsReadByCountry
from .covenant_stats_read_by_generation import CovenantStatsReadByGeneration
from .covenant_stats_read_by_regional_covenant import CovenantStatsReadByRegionalCovenant
from .covenant_stats_read_by_status import CovenantStatsReadByStatus
from .covenant_summary import CovenantSummary
from .covenant_summary_by_badge import CovenantSummaryByBadge
from .covenant_summary_by_regional_covenant import CovenantSummaryByRegionalCovenant
from .covenant_summary_by_status import CovenantSummaryByStatus
from .criterion_create import CriterionCreate
from .criterion_read import CriterionRead
from .criterion_score import CriterionScore
from .deadline_extension_create import DeadlineExtensionCreate
from .deadline_extension_read import DeadlineExtensionRead
from .deadline_policy_read import DeadlinePolicyRead
from .deadline_policy_update import DeadlinePolicyUpdate
from .decline_body import DeclineBody
from .delivery_state import DeliveryState
from .direction import Direction
from .ecosystem_read import EcosystemRead
from .emission_scope import EmissionScope
from .endpoint_create import EndpointCreate
from .endpoint_created import EndpointCreated
from .endpoint_page import EndpointPage
from .endpoint_read import EndpointRead
from .endpoint_state import EndpointState
from .endpoint_update import EndpointUpdate
from .energy_access_assessment_create import EnergyAccessAssessmentCreate
from .energy_access_assessment_read import EnergyAccessAssessmentRead
from .energy_access_assessment_update import EnergyAccessAssessmentUpdate
from .event_type_list import EventTypeList
from .event_type_read import EventTypeRead
from .event_type_read_schema import EventTypeReadSchema
from .expected_change import ExpectedChange
from .export_inventories_regional_covenant_type_0 import ExportInventoriesRegionalCovenantType0
from .facet_count import FacetCount
from .factor_type import FactorType
from .feature_collection import FeatureCollection
from .forbidden_pair_create import ForbiddenPairCreate
from .forbidden_pair_page import ForbiddenPairPage
from .forbidden_pair_read import ForbiddenPairRead
from .gap_candidate_read import GapCandidateRead
from .gap_read import GapRead
from .gaps_read import GapsRead
from .generation import Generation
from .goal_in import GoalIn
from .goal_read import GoalRead
from .group_ref import GroupRef
from .hazard_in import HazardIn
from .hazard_in_hazard import HazardInHazard
from .hazard_in_timeframe import HazardInTimeframe
from .hazard_read import HazardRead
from .health import Health
from .impact import Impact
from .import_row_error import ImportRowError
from .import_warning import ImportWarning_
from .indicator_create import IndicatorCreate
from .indicator_page import IndicatorPage
from .indicator_read import IndicatorRead
from .intensity_unit import IntensityUnit
from .interest_create import InterestCreate
from .interest_read import InterestRead
from .inventory_create import InventoryCreate
from .inventory_export_page import InventoryExportPage
from .inventory_export_read import InventoryExportRead
from .inventory_kind import InventoryKind
from .inventory_page import InventoryPage
from .inventory_read import InventoryRead
from .inventory_row_in import InventoryRowIn
from .inventory_row_in_carrier_type_0 import InventoryRowInCarrierType0
from .inventory_row_in_sector import InventoryRowInSector
from .inventory_row_read import InventoryRowRead
from .inventory_update import InventoryUpdate
from .invitation_state import InvitationState
from .knowledge_field_change_read import KnowledgeFieldChangeRead
from .knowledge_optional_reason import KnowledgeOptionalReason
from .knowledge_reason import KnowledgeReason
from .knowledge_state import KnowledgeState
from .knowledge_stats import KnowledgeStats
from .knowledge_stats_practices_by_kind import KnowledgeStatsPracticesByKind
from .knowledge_stats_practices_by_state import KnowledgeStatsPracticesByState
from .knowledge_stats_published_by_region import KnowledgeStatsPublishedByRegion
from .knowledge_stats_published_by_sdg import KnowledgeStatsPublishedBySdg
from .knowledge_stats_published_by_theme import KnowledgeStatsPublishedByTheme
from .knowledge_stats_published_by_year import KnowledgeStatsPublishedByYear
from .knowledge_stats_resources_by_kind import KnowledgeStatsResourcesByKind
from .knowledge_summary import KnowledgeSummary
from .knowledge_summary_by_theme import KnowledgeSummaryByTheme
from .knowledge_transition_read import KnowledgeTransitionRead
from .level import Level
from .line_geometry import LineGeometry
from .list_cities_response_200 import ListCitiesResponse200
from .list_cities_response_200_features_item import ListCitiesResponse200FeaturesItem
from .list_cities_response_200_type import ListCitiesResponse200Type
from .list_organisations_response_200 import ListOrganisationsResponse200
from .list_organisations_response_200_features_item import ListOrganisationsResponse200FeaturesItem
from .list_organisations_response_200_type import ListOrganisationsResponse200Type
from .list_regional_covenants_response_list_regional_covenants import ListRegionalCovenantsResponseListRegionalCovenants
from .list_signatories_badge_type_0 import ListSignatoriesBadgeType0
from .list_signatories_regional_covenant_type_0 import ListSignatoriesRegionalCovenantType0
from .list_signatories_response_200 import ListSignatoriesResponse200
from .list_signatories_response_200_features_item import ListSignatoriesResponse200FeaturesItem
from .list_signatories_response_200_type import ListSignatoriesResponse200Type
from .list_signatory_changes_regional_covenant_type_0 import ListSignatoryChangesRegionalCovenantType0
from .location import Location
from .location_read import LocationRead
from .locked_pair_create import LockedPairCreate
from .locked_pair_page import LockedPairPage
from .locked_pair_read import LockedPairRead
from .match_decline import MatchDecline
from .match_kind import MatchKind
from .match_page import MatchPage
from .match_read import MatchRead
from .match_run_read import MatchRunRead
from .match_status import MatchStatus
from .measurement_create import MeasurementCreate
from .measurement_page import MeasurementPage
from .measurement_read import MeasurementRead
from .message_delivery_page import MessageDeliveryPage
from .message_delivery_read import MessageDeliveryRead
from .message_queued import MessageQueued
from .metric_kind import MetricKind
from .metric_list import MetricList
from .metric_read import MetricRead
from .obligation import Obligation
from .opportunity_create import OpportunityCreate
from .opportunity_kind import OpportunityKind
from .opportunity_page import OpportunityPage
from .opportunity_publish import OpportunityPublish
from .opportunity_read import OpportunityRead
from .opportunity_reject import OpportunityReject
from .opportunity_renew import OpportunityRenew
from .opportunity_status import OpportunityStatus
from .organisation import Organisation
from .organisation_create import OrganisationCreate
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .organisation_read import OrganisationRead
from .organisation_role import OrganisationRole
from .organisation_update import OrganisationUpdate
from .origin import Origin
from .pairing_feature import PairingFeature
from .pairing_page import PairingPage
from .pairing_properties import PairingProperties
from .pairing_read import PairingRead
from .pairing_state import PairingState
from .pairing_stats_read import PairingStatsRead
from .pairing_stats_read_activities_by_kind import PairingStatsReadActivitiesByKind
from .pairing_stats_read_pairings_by_call import PairingStatsReadPairingsByCall
from .pairing_stats_read_pairings_by_state import PairingStatsReadPairingsByState
from .pairing_summary import PairingSummary
from .panel_read import PanelRead
from .panel_reviewer_read import PanelReviewerRead
from .participant_create import ParticipantCreate
from .participant_read import ParticipantRead
from .participant_role import ParticipantRole
from .partner_read import PartnerRead
from .party_kind import PartyKind
from .party_profile_page import PartyProfilePage
from .party_profile_read import PartyProfileRead
from .party_profile_read_source_type_0 import PartyProfileReadSourceType0
from .party_read import PartyRead
from .pillar import Pillar
from .plan_kind import PlanKind
from .plan_page import PlanPage
from .plan_read import PlanRead
from .plan_state import PlanState
from .plan_transition_read import PlanTransitionRead
from .plan_update import PlanUpdate
from .point_geometry import PointGeometry
from .practice_create import PracticeCreate
from .practice_invitation_create import PracticeInvitationCreate
from .practice_invitation_page import PracticeInvitationPage
from .practice_invitation_read import PracticeInvitationRead
from .practice_kind import PracticeKind
from .practice_page import PracticePage
from .practice_read import PracticeRead
from .practice_revision_create import PracticeRevisionCreate
from .practice_revision_page import PracticeRevisionPage
from .practice_revision_read import PracticeRevisionRead
from .practice_revision_update import PracticeRevisionUpdate
from .practice_update import PracticeUpdate
from .priority_in import PriorityIn
from .priority_read import PriorityRead
from .problem import Problem
from .problem_error import ProblemError
from .provenance import Provenance
from .public_activity_read import PublicActivityRead
from .public_pairing_page import PublicPairingPage
from .public_pairing_read import PublicPairingRead
from .public_pairing_read_state import PublicPairingReadState
from .public_practice_read import PublicPracticeRead
from .public_signatory_page import PublicSignatoryPage
from .public_signatory_read import PublicSignatoryRead
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .reason_body import ReasonBody
from .recommendation import Recommendation
from .recompute_read import RecomputeRead
from .recover_request import RecoverRequest
from .region_interest_create import RegionInterestCreate
from .region_interest_page import RegionInterestPage
from .region_interest_read import RegionInterestRead
from .region_page import RegionPage
from .region_pair_count import RegionPairCount
from .region_profile_put import RegionProfilePut
from .region_read import RegionRead
from .region_share import RegionShare
from .report_comparison import ReportComparison
from .report_comparison_completed_tasks_item import ReportComparisonCompletedTasksItem
from .report_comparison_progress_changes_item import ReportComparisonProgressChangesItem
from .report_comparison_status_changes_item import ReportComparisonStatusChangesItem
from .report_kind import ReportKind
from .report_page import ReportPage
from .report_summary import ReportSummary
from .report_update import ReportUpdate
from .requeued import Requeued
from .resource_create import ResourceCreate
from .resource_kind import ResourceKind
from .resource_page import ResourcePage
from .resource_read import ResourceRead
from .resource_update import ResourceUpdate
from .return_comments import ReturnComments
from .review_create import ReviewCreate
from .review_create_scores import ReviewCreateScores
from .review_read import ReviewRead
from .review_read_scores import ReviewReadScores
from .review_summary_read import ReviewSummaryRead
from .review_summary_read_recommendations import ReviewSummaryReadRecommendations
from .review_update import ReviewUpdate
from .review_update_scores import ReviewUpdateScores
from .review_visibility import ReviewVisibility
from .reviewer_assignment_create import ReviewerAssignmentCreate
from .reviewer_assignment_read import ReviewerAssignmentRead
from .revised_content import RevisedContent
from .revision_state import RevisionState
from .risk_assessment_create import RiskAssessmentCreate
from .risk_assessment_read import RiskAssessmentRead
from .risk_assessment_update import RiskAssessmentUpdate
from .round_create import RoundCreate
from .round_create_country_quotas_type_0 import RoundCreateCountryQuotasType0
from .round_create_preferences import RoundCreatePreferences
from .round_create_region_quotas_type_0 import RoundCreateRegionQuotasType0
from .round_create_weights_type_0 import RoundCreateWeightsType0
from .round_page import RoundPage
from .round_read import RoundRead
from .round_read_weights import RoundReadWeights
from .round_report import RoundReport
from .round_report_country_quotas import RoundReportCountryQuotas
from .round_report_region_quotas import RoundReportRegionQuotas
from .round_report_share_matched_by_region import RoundReportShareMatchedByRegion
from .round_summary import RoundSummary
from .round_summary_weights import RoundSummaryWeights
from .score_distribution import ScoreDistribution
from .score_read import ScoreRead
from .sdg_read import SdgRead
from .sdg_read_short import SdgReadShort
from .sdg_read_title import SdgReadTitle
from .search_hit import SearchHit
from .search_knowledge_lang_type_0 import SearchKnowledgeLangType0
from .search_result import SearchResult
from .search_result_facets import SearchResultFacets
from .secret_rotated import SecretRotated
from .sector import Sector
from .series_interval import SeriesInterval
from .series_line import SeriesLine
from .series_point import SeriesPoint
from .series_read import SeriesRead
from .shortfall import Shortfall
from .showcase_pairings_state_type_0 import ShowcasePairingsStateType0
from .showcase_practices_lang_type_0 import ShowcasePracticesLangType0
from .showcase_signatories_badge_type_0 import ShowcaseSignatoriesBadgeType0
from .showcase_signatories_regional_covenant_type_0 import ShowcaseSignatoriesRegionalCovenantType0
from .side import Side
from .signatory_feature import SignatoryFeature
from .signatory_page import SignatoryPage
from .signatory_properties import SignatoryProperties
from .signatory_read import SignatoryRead
from .signatory_status import SignatoryStatus
from .signatory_upsert import SignatoryUpsert
from .size_band import SizeBand
from .skipped_lock import SkippedLock
from .solver import Solver
from .stage_in import StageIn
from .stage_read import StageRead
from .start_covenant_import_format import StartCovenantImportFormat
from .strategy_create import StrategyCreate
from .strategy_page import StrategyPage
from .strategy_read import StrategyRead
from .strategy_update import StrategyUpdate
from .submission_change_page import SubmissionChangePage
from .submission_change_read import SubmissionChangeRead
from .submission_change_read_action import SubmissionChangeReadAction
from .submission_change_read_changes import SubmissionChangeReadChanges
from .submission_change_read_resource import SubmissionChangeReadResource
from .summary_read import SummaryRead
from .target_create import TargetCreate
from .target_progress import TargetProgress
from .target_read import TargetRead
from .target_type import TargetType
from .target_update import TargetUpdate
from .task_create import TaskCreate
from .task_read import TaskRead
from .task_state import TaskState
from .task_update import TaskUpdate
from .token_error import TokenError
from .token_error_error import TokenErrorError
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .token_response_token_type import TokenResponseTokenType
from .trigger import Trigger
from .unmatched_party import UnmatchedParty
from .value_chain_create import ValueChainCreate
from .value_chain_page import ValueChainPage
from .value_chain_read import ValueChainRead
from .value_chains_stats_read import ValueChainsStatsRead
from .value_chains_stats_read_agreements_by_kind import ValueChainsStatsReadAgreementsByKind
from .value_chains_stats_read_matches_by_status import ValueChainsStatsReadMatchesByStatus
from .value_chains_stats_read_opportunities_open_by_kind import ValueChainsStatsReadOpportunitiesOpenByKind
from .value_chains_stats_read_organisations_by_kind import ValueChainsStatsReadOrganisationsByKind
from .value_chains_stats_read_organisations_by_side import ValueChainsStatsReadOrganisationsBySide
from .value_chains_summary import ValueChainsSummary
from .withdrawal import Withdrawal
from .world_region import WorldRegion
from .worst_off import WorstOff

__all__ = (
    "AcceptBody",
    "ActionCancel",
    "ActionCreate",
    "ActionKind",
    "ActionPage",
    "ActionPlansReportCreate",
    "ActionPlansReportRead",
    "ActionPlansReportReadSnapshot",
    "ActionPlansStatsRead",
    "ActionPlansStatsReadActionsByStatus",
    "ActionPlansStatsReadActionsByTheme",
    "ActionPlansStatsReadPlansByKind",
    "ActionPlansStatsReadPlansByState",
    "ActionPlansSummary",
    "ActionPlansSummaryActionsByStatus",
    "ActionPlansSummaryActionsByTheme",
    "ActionPlansSummaryIndicatorsByTrajectory",
    "ActionPlansSummaryPlansByState",
    "ActionRead",
    "ActionReadOrganisationsItem",
    "ActionStatus",
    "ActionUpdate",
    "ActivityCancelBody",
    "ActivityCreate",
    "ActivityCreateStatus",
    "ActivityHeldBody",
    "ActivityKind",
    "ActivityPage",
    "ActivityRead",
    "ActivityStatus",
    "ActivityUpdate",
    "AdhesionType",
    "AgreementCreate",
    "AgreementKind",
    "AgreementPage",
    "AgreementRead",
    "ApplicationCreate",
    "ApplicationInvitationCreate",
    "ApplicationInvitationPage",
    "ApplicationInvitationRead",
    "ApplicationPage",
    "ApplicationRead",
    "ApplicationReviewersRead",
    "ApplicationsFieldChangeRead",
    "ApplicationsImportRead",
    "ApplicationsOptionalReason",
    "ApplicationsReason",
    "ApplicationsState",
    "ApplicationsSummary",
    "ApplicationsSummaryByState",
    "ApplicationsSummaryMeanScoreByCriterion",
    "ApplicationsSummaryRefusedByRule",
    "ApplicationStatsRead",
    "ApplicationStatsReadApplicationsByCall",
    "ApplicationStatsReadApplicationsByState",
    "ApplicationsTransitionRead",
    "ApplicationsTransitionReadKind",
    "ApplicationUpdate",
    "AssignReviewers",
    "AssignReviewersRead",
    "AttemptPage",
    "AttemptRead",
    "AttemptResult",
    "Baseline",
    "BatchItemResult",
    "BatchItemResultOutcome",
    "BatchItemResultProblemType0",
    "BatchResult",
    "BlockingPair",
    "BodyBatchUpsertSignatories",
    "BodyBatchUpsertSignatoriesItemsItem",
    "Breakdown",
    "Budget",
    "CallClose",
    "CallCreate",
    "CallPage",
    "CallRead",
    "CallSettingsPut",
    "CallSettingsPutCountryQuotas",
    "CallSettingsPutRegionQuotas",
    "CallSettingsPutWeights",
    "CallSettingsRead",
    "CallSettingsReadCountryQuotas",
    "CallSettingsReadRegionQuotas",
    "CallSettingsReadWeights",
    "CallUpdate",
    "CandidatePage",
    "CandidateRead",
    "ChangePage",
    "ChangeRead",
    "ChangeReadOp",
    "CityCreate",
    "CityFeature",
    "CityPage",
    "CityProperties",
    "CityRead",
    "CityUpdate",
    "CommitmentIn",
    "CommitmentRead",
    "CompleteBody",
    "ComplianceRead",
    "ComplianceReadMissingItem",
    "ComplianceSummary",
    "ComplianceSummaryMissingItem",
    "Component",
    "ConflictDeclaration",
    "ConflictRead",
    "CovenantImportRead",
    "CovenantReportCreate",
    "CovenantReportRead",
    "CovenantStatsRead",
    "CovenantStatsReadByBadge",
    "CovenantStatsReadByCountry",
    "CovenantStatsReadByGeneration",
    "CovenantStatsReadByRegionalCovenant",
    "CovenantStatsReadByStatus",
    "CovenantSummary",
    "CovenantSummaryByBadge",
    "CovenantSummaryByRegionalCovenant",
    "CovenantSummaryByStatus",
    "CriterionCreate",
    "CriterionRead",
    "CriterionScore",
    "DeadlineExtensionCreate",
    "DeadlineExtensionRead",
    "DeadlinePolicyRead",
    "DeadlinePolicyUpdate",
    "DeclineBody",
    "DeliveryState",
    "Direction",
    "EcosystemRead",
    "EmissionScope",
    "EndpointCreate",
    "EndpointCreated",
    "EndpointPage",
    "EndpointRead",
    "EndpointState",
    "EndpointUpdate",
    "EnergyAccessAssessmentCreate",
    "EnergyAccessAssessmentRead",
    "EnergyAccessAssessmentUpdate",
    "EventTypeList",
    "EventTypeRead",
    "EventTypeReadSchema",
    "ExpectedChange",
    "ExportInventoriesRegionalCovenantType0",
    "FacetCount",
    "FactorType",
    "FeatureCollection",
    "ForbiddenPairCreate",
    "ForbiddenPairPage",
    "ForbiddenPairRead",
    "GapCandidateRead",
    "GapRead",
    "GapsRead",
    "Generation",
    "GoalIn",
    "GoalRead",
    "GroupRef",
    "HazardIn",
    "HazardInHazard",
    "HazardInTimeframe",
    "HazardRead",
    "Health",
    "Impact",
    "ImportRowError",
    "ImportWarning_",
    "IndicatorCreate",
    "IndicatorPage",
    "IndicatorRead",
    "IntensityUnit",
    "InterestCreate",
    "InterestRead",
    "InventoryCreate",
    "InventoryExportPage",
    "InventoryExportRead",
    "InventoryKind",
    "InventoryPage",
    "InventoryRead",
    "InventoryRowIn",
    "InventoryRowInCarrierType0",
    "InventoryRowInSector",
    "InventoryRowRead",
    "InventoryUpdate",
    "InvitationState",
    "KnowledgeFieldChangeRead",
    "KnowledgeOptionalReason",
    "KnowledgeReason",
    "KnowledgeState",
    "KnowledgeStats",
    "KnowledgeStatsPracticesByKind",
    "KnowledgeStatsPracticesByState",
    "KnowledgeStatsPublishedByRegion",
    "KnowledgeStatsPublishedBySdg",
    "KnowledgeStatsPublishedByTheme",
    "KnowledgeStatsPublishedByYear",
    "KnowledgeStatsResourcesByKind",
    "KnowledgeSummary",
    "KnowledgeSummaryByTheme",
    "KnowledgeTransitionRead",
    "Level",
    "LineGeometry",
    "ListCitiesResponse200",
    "ListCitiesResponse200FeaturesItem",
    "ListCitiesResponse200Type",
    "ListOrganisationsResponse200",
    "ListOrganisationsResponse200FeaturesItem",
    "ListOrganisationsResponse200Type",
    "ListRegionalCovenantsResponseListRegionalCovenants",
    "ListSignatoriesBadgeType0",
    "ListSignatoriesRegionalCovenantType0",
    "ListSignatoriesResponse200",
    "ListSignatoriesResponse200FeaturesItem",
    "ListSignatoriesResponse200Type",
    "ListSignatoryChangesRegionalCovenantType0",
    "Location",
    "LocationRead",
    "LockedPairCreate",
    "LockedPairPage",
    "LockedPairRead",
    "MatchDecline",
    "MatchKind",
    "MatchPage",
    "MatchRead",
    "MatchRunRead",
    "MatchStatus",
    "MeasurementCreate",
    "MeasurementPage",
    "MeasurementRead",
    "MessageDeliveryPage",
    "MessageDeliveryRead",
    "MessageQueued",
    "MetricKind",
    "MetricList",
    "MetricRead",
    "Obligation",
    "OpportunityCreate",
    "OpportunityKind",
    "OpportunityPage",
    "OpportunityPublish",
    "OpportunityRead",
    "OpportunityReject",
    "OpportunityRenew",
    "OpportunityStatus",
    "Organisation",
    "OrganisationCreate",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationRead",
    "OrganisationRole",
    "OrganisationUpdate",
    "Origin",
    "PairingFeature",
    "PairingPage",
    "PairingProperties",
    "PairingRead",
    "PairingState",
    "PairingStatsRead",
    "PairingStatsReadActivitiesByKind",
    "PairingStatsReadPairingsByCall",
    "PairingStatsReadPairingsByState",
    "PairingSummary",
    "PanelRead",
    "PanelReviewerRead",
    "ParticipantCreate",
    "ParticipantRead",
    "ParticipantRole",
    "PartnerRead",
    "PartyKind",
    "PartyProfilePage",
    "PartyProfileRead",
    "PartyProfileReadSourceType0",
    "PartyRead",
    "Pillar",
    "PlanKind",
    "PlanPage",
    "PlanRead",
    "PlanState",
    "PlanTransitionRead",
    "PlanUpdate",
    "PointGeometry",
    "PracticeCreate",
    "PracticeInvitationCreate",
    "PracticeInvitationPage",
    "PracticeInvitationRead",
    "PracticeKind",
    "PracticePage",
    "PracticeRead",
    "PracticeRevisionCreate",
    "PracticeRevisionPage",
    "PracticeRevisionRead",
    "PracticeRevisionUpdate",
    "PracticeUpdate",
    "PriorityIn",
    "PriorityRead",
    "Problem",
    "ProblemError",
    "Provenance",
    "PublicActivityRead",
    "PublicPairingPage",
    "PublicPairingRead",
    "PublicPairingReadState",
    "PublicPracticeRead",
    "PublicSignatoryPage",
    "PublicSignatoryRead",
    "Readiness",
    "ReadinessChecks",
    "ReasonBody",
    "Recommendation",
    "RecomputeRead",
    "RecoverRequest",
    "RegionInterestCreate",
    "RegionInterestPage",
    "RegionInterestRead",
    "RegionPage",
    "RegionPairCount",
    "RegionProfilePut",
    "RegionRead",
    "RegionShare",
    "ReportComparison",
    "ReportComparisonCompletedTasksItem",
    "ReportComparisonProgressChangesItem",
    "ReportComparisonStatusChangesItem",
    "ReportKind",
    "ReportPage",
    "ReportSummary",
    "ReportUpdate",
    "Requeued",
    "ResourceCreate",
    "ResourceKind",
    "ResourcePage",
    "ResourceRead",
    "ResourceUpdate",
    "ReturnComments",
    "ReviewCreate",
    "ReviewCreateScores",
    "ReviewerAssignmentCreate",
    "ReviewerAssignmentRead",
    "ReviewRead",
    "ReviewReadScores",
    "ReviewSummaryRead",
    "ReviewSummaryReadRecommendations",
    "ReviewUpdate",
    "ReviewUpdateScores",
    "ReviewVisibility",
    "RevisedContent",
    "RevisionState",
    "RiskAssessmentCreate",
    "RiskAssessmentRead",
    "RiskAssessmentUpdate",
    "RoundCreate",
    "RoundCreateCountryQuotasType0",
    "RoundCreatePreferences",
    "RoundCreateRegionQuotasType0",
    "RoundCreateWeightsType0",
    "RoundPage",
    "RoundRead",
    "RoundReadWeights",
    "RoundReport",
    "RoundReportCountryQuotas",
    "RoundReportRegionQuotas",
    "RoundReportShareMatchedByRegion",
    "RoundSummary",
    "RoundSummaryWeights",
    "ScoreDistribution",
    "ScoreRead",
    "SdgRead",
    "SdgReadShort",
    "SdgReadTitle",
    "SearchHit",
    "SearchKnowledgeLangType0",
    "SearchResult",
    "SearchResultFacets",
    "SecretRotated",
    "Sector",
    "SeriesInterval",
    "SeriesLine",
    "SeriesPoint",
    "SeriesRead",
    "Shortfall",
    "ShowcasePairingsStateType0",
    "ShowcasePracticesLangType0",
    "ShowcaseSignatoriesBadgeType0",
    "ShowcaseSignatoriesRegionalCovenantType0",
    "Side",
    "SignatoryFeature",
    "SignatoryPage",
    "SignatoryProperties",
    "SignatoryRead",
    "SignatoryStatus",
    "SignatoryUpsert",
    "SizeBand",
    "SkippedLock",
    "Solver",
    "StageIn",
    "StageRead",
    "StartCovenantImportFormat",
    "StrategyCreate",
    "StrategyPage",
    "StrategyRead",
    "StrategyUpdate",
    "SubmissionChangePage",
    "SubmissionChangeRead",
    "SubmissionChangeReadAction",
    "SubmissionChangeReadChanges",
    "SubmissionChangeReadResource",
    "SummaryRead",
    "TargetCreate",
    "TargetProgress",
    "TargetRead",
    "TargetType",
    "TargetUpdate",
    "TaskCreate",
    "TaskRead",
    "TaskState",
    "TaskUpdate",
    "TokenError",
    "TokenErrorError",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
    "Trigger",
    "UnmatchedParty",
    "ValueChainCreate",
    "ValueChainPage",
    "ValueChainRead",
    "ValueChainsStatsRead",
    "ValueChainsStatsReadAgreementsByKind",
    "ValueChainsStatsReadMatchesByStatus",
    "ValueChainsStatsReadOpportunitiesOpenByKind",
    "ValueChainsStatsReadOrganisationsByKind",
    "ValueChainsStatsReadOrganisationsBySide",
    "ValueChainsSummary",
    "Withdrawal",
    "WorldRegion",
    "WorstOff",
)
