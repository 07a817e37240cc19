/**
 * Every GraphQL operation the web app sends. `npm run codegen` turns these into typed documents
 * under `src/gql/` (committed), checked against `schema/schema.graphql`.
 */
import { graphql } from "../../gql";

export const PostSummaryFields = graphql(`
  fragment PostSummary on Post {
    id
    title
    kind
    status
    voteCount
    viewerHasVoted
    commentCount
    createdAt
    moderationState
    board { id name slug }
    tags { id name color }
    author { id displayName }
  }
`);

/** The signed-in member and what they may do across the app (the server's answer; the app never derives it from the role). */
export const ViewerFields = graphql(`
  fragment ViewerFields on Member {
    id displayName email role createdAt emailVerified emailBouncing netiquetteDue
    activeSanction { id kind reason endsAt }
    can {
      triage setPostStatus tagPosts movePosts mergePosts manageBoardsAndTags
      viewTrackerConnections manageTrackerConnections editStatusMapping linkIssues viewSyncHealth repairSync
      viewDashboard viewMembers setRoles manageStatuses viewOutbox watchBoards writeChangelog
      sanctionMembers readAuditLog configureHolding watchWords writeNetiquette moderate reviewHeldPosts manageFlagSettings editTrustSettings
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me { ...ViewerFields }
  }
`);

export const StatusFields = graphql(`
  fragment StatusFields on Status { key names { en de } color category position onRoadmap public archivedAt settable reserved }
`);

export const NavigationQuery = graphql(`
  query Navigation {
    boards { id name slug description }
    tags { id name color }
    statuses(includeArchived: true) { ...StatusFields }
  }
`);

export const PostsQuery = graphql(`
  query Posts($first: Int!, $after: String, $sort: PostSort!, $filter: PostFilter) {
    posts(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      approximate
      pageInfo { hasNextPage endCursor }
      nodes { ...PostSummary }
    }
  }
`);

export const RoadmapQuery = graphql(`
  query Roadmap($first: Int!, $boardId: ID, $kind: PostKind) {
    roadmap(first: $first, boardId: $boardId, kind: $kind) {
      status { ...StatusFields }
      totalCount
      posts { ...PostSummary shippedAt answeredIn { id title } }
    }
  }
`);export const TrackerLinkFields = graphql(`
  fragment TrackerLinkFields on TrackerLink {
    id
    state
    issueKey
    issueUrl
    issueTitle
    requestedKey
    trackerStateName
    mappedStatus
    lastError
    attempts
    nextAttemptAt
    createdAt
    connection { id name kind }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id parentId body bodyHtml createdAt editedAt deletedAt visibility hiddenAt hiddenReason viewerHasFlagged
    viewerCan { edit delete flag }
    author { id displayName staff }
  }
`);

/** What the viewer may do with a post: the server's answer, so the app never copies the rules. */
export const PostViewerCanFields = graphql(`
  fragment PostViewerCan on PostCapabilities {
    edit setStatus postUpdate tag move merge writeInternalNote voteOnBehalf seeVoters linkIssue setLinkRule flag
  }
`);

/** Everything the post page shows; the live subscription sends the same shape. */
export const PostDetailFields = graphql(`
  fragment PostDetail on Post {
    ...PostSummary
    body
    bodyHtml
    updatedAt
    editedAt
    shippedAt
    viewerFollow { level reason }
    viewerCan { ...PostViewerCan }
    viewerHasFlagged
    moderationState
    moderationReason
    linkRule
    author { id displayName role }
    mergedInto { id title status }
    bug { stepsToReproduce stepsToReproduceHtml expected expectedHtml actual actualHtml environment severity }
    usability { location goal goalHtml obstacle obstacleHtml }
    comments { ...CommentFields }
    timeline {
      id type source trackerName createdAt fromStatus toStatus publicNote publicNoteHtml internalDetails
      actor { id displayName role }
      relatedPost { id title }
      changelogEntry { id title }
    }
    answeredIn { id title }
    trackerProgress { total done rule }
    trackerLinks { ...TrackerLinkFields }
  }
`);

export const PostQuery = graphql(`
  query Post($id: ID!) {
    post(id: $id) { ...PostDetail }
  }
`);

export const PostChangedSubscription = graphql(`
  subscription PostChanged($id: ID!) {
    postChanged(id: $id) { ...PostDetail }
  }
`);

export const SimilarPostsQuery = graphql(`
  query SimilarPosts($input: SimilarPostsInput!) {
    similarPosts(input: $input) { ...PostSummary }
  }
`);

export const VoteMutation = graphql(`
  mutation Vote($postId: ID!) {
    vote(postId: $postId) { id voteCount viewerHasVoted viewerFollows }
  }
`);

export const UnvoteMutation = graphql(`
  mutation Unvote($postId: ID!) {
    unvote(postId: $postId) { id voteCount viewerHasVoted }
  }
`);

export const SetFollowLevelMutation = graphql(`
  mutation SetFollowLevel($postId: ID!, $level: FollowLevel!) {
    setFollowLevel(postId: $postId, level: $level) { id viewerFollow { level reason } }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) { ...CommentFields }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($id: ID!, $input: EditCommentInput!) {
    editComment(id: $id, input: $input) { ...CommentFields }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($id: ID!, $input: EditPostInput!) {
    editPost(id: $id, input: $input) { id title body bodyHtml editedAt viewerCan { ...PostViewerCan } }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) { id body bodyHtml deletedAt viewerCan { edit delete flag } }
  }
`);

export const SubmitPostMutation = graphql(`
  mutation SubmitPost($input: SubmitPostInput!) {
    submitPost(input: $input) { id moderationState }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { ...ViewerFields }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { ...ViewerFields }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { ...ViewerFields }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    myApiTokens { id name createdAt lastUsedAt revokedAt }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret token { id name createdAt lastUsedAt revokedAt } }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export const SetPostStatusMutation = graphql(`
  mutation SetPostStatus($postId: ID!, $status: PostStatus!, $input: NoteInput) {
    setPostStatus(postId: $postId, status: $status, input: $input) { id status }
  }
`);

/** An official update: a public note on the timeline, without a status change. */
export const PostUpdateMutation = graphql(`
  mutation PostUpdate($postId: ID!, $input: RequiredNoteInput!) {
    postUpdate(postId: $postId, input: $input) { id }
  }
`);

export const TagPostMutation = graphql(`
  mutation TagPost($postId: ID!, $tagId: ID!) {
    tagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }
  }
`);

export const UntagPostMutation = graphql(`
  mutation UntagPost($postId: ID!, $tagId: ID!) {
    untagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }
  }
`);

export const MovePostMutation = graphql(`
  mutation MovePost($postId: ID!, $boardId: ID!) {
    movePost(postId: $postId, boardId: $boardId) { id board { id name slug } }
  }
`);

export const MergePostsMutation = graphql(`
  mutation MergePosts($duplicateId: ID!, $targetId: ID!, $input: NoteInput) {
    mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) { id voteCount status }
  }
`);

export const TrackerConnectionFields = graphql(`
  fragment TrackerConnectionFields on TrackerConnection {
    id
    kind
    name
    baseUrl
    email
    projectKey
    issueType
    teamId
    settings { key value }
    hasWebhookSecret
    webhookUrl
    multiLinkRule
    lastSyncedAt
    lastSyncError
    verifiedAt
    createdAt
    statusMapping { stateId stateName category status defaultStatus isDefault }
  }
`);

export const TrackerKindFields = graphql(`
  fragment TrackerKindFields on TrackerKindDescription {
    kind
    name
    addLabel { en de }
    webhookHelp { en de }
    settings { key secret required format maxLength placeholder initialValue advanced label { en de } hint { en de } }
  }
`);

export const TrackerConnectionsQuery = graphql(`
  query TrackerConnections {
    trackerConnections { ...TrackerConnectionFields }
    trackerKinds { ...TrackerKindFields }
  }
`);

export const TrackerConnectionNamesQuery = graphql(`
  query TrackerConnectionNames {
    trackerConnections { id kind name }
  }
`);

export const CreateTrackerConnectionMutation = graphql(`
  mutation CreateTrackerConnection($kind: TrackerKind!, $input: TrackerConnectionInput!) {
    createTrackerConnection(kind: $kind, input: $input) { ...TrackerConnectionFields }
  }
`);

export const UpdateTrackerConnectionMutation = graphql(`
  mutation UpdateTrackerConnection($id: ID!, $input: TrackerConnectionInput!) {
    updateTrackerConnection(id: $id, input: $input) { ...TrackerConnectionFields }
  }
`);

export const DeleteTrackerConnectionMutation = graphql(`
  mutation DeleteTrackerConnection($id: ID!) {
    deleteTrackerConnection(id: $id)
  }
`);

export const TestTrackerConnectionMutation = graphql(`
  mutation TestTrackerConnection($id: ID!) {
    testTrackerConnection(id: $id) { ok message }
  }
`);

export const SetTrackerStatusMappingMutation = graphql(`
  mutation SetTrackerStatusMapping($connectionId: ID!, $input: StatusMappingInput!) {
    setTrackerStatusMapping(connectionId: $connectionId, input: $input) { ...TrackerConnectionFields }
  }
`);

export const CreateTrackerIssueMutation = graphql(`
  mutation CreateTrackerIssue($postId: ID!, $connectionId: ID!) {
    createTrackerIssue(postId: $postId, connectionId: $connectionId) { ...TrackerLinkFields }
  }
`);

export const LinkTrackerIssueMutation = graphql(`
  mutation LinkTrackerIssue($postId: ID!, $input: LinkIssueInput!) {
    linkTrackerIssue(postId: $postId, input: $input) { ...TrackerLinkFields }
  }
`);

export const UnlinkTrackerIssueMutation = graphql(`
  mutation UnlinkTrackerIssue($linkId: ID!) {
    unlinkTrackerIssue(linkId: $linkId) { id status linkRule trackerProgress { total done rule } trackerLinks { ...TrackerLinkFields } }
  }
`);

export const RetryTrackerLinkMutation = graphql(`
  mutation RetryTrackerLink($linkId: ID!) {
    retryTrackerLink(linkId: $linkId) { ...TrackerLinkFields }
  }
`);

export const SetPostLinkRuleMutation = graphql(`
  mutation SetPostLinkRule($postId: ID!, $rule: MultiLinkRule) {
    setPostLinkRule(postId: $postId, rule: $rule) { id status linkRule trackerProgress { total done rule } }
  }
`);

export const SyncHealthQuery = graphql(`
  query SyncHealth($limit: Int!) {
    syncHealth(limit: $limit) {
      failedLinks
      retryingLinks
      pendingLinks
      connections {
        level failedLinks retryingLinks pendingLinks failedDeliveries lastDeliveryAt
        connection { id name kind lastSyncedAt lastSyncError verifiedAt }
      }
      links { ...TrackerLinkFields post { id title } }
      deliveries { id deliveryId state detail receivedAt processedAt }
      jobs { id name state error createdOn }
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($deliveryId: ID!) {
    replayWebhookDelivery(deliveryId: $deliveryId) { id deliveryId state detail receivedAt processedAt }
  }
`);

export const RetryTrackerJobMutation = graphql(`
  mutation RetryTrackerJob($jobId: ID!) {
    retryTrackerJob(jobId: $jobId)
  }
`);

export const CommunityReportQuery = graphql(`
  query CommunityReport($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {
    communityReport(from: $from, to: $to, board: $board, kind: $kind) {
      from
      to
      previousFrom
      counts { metric value previous changePercent series { weekStart value } }
      hoursToFirstResponse { value previous changePercent }
      hoursToTriage { value previous changePercent }
      daysToShip { value previous changePercent }
      topPostsLinkedShare
      topUnlinkedPosts { id title kind status voteCount commentCount board { id name } }
      topTags { tag { id name color } value previous changePercent }
      gainers { votes post { id title kind status board { id name } } }
      hotTopics { label tag { id name } value previous }
    }
  }
`);

export const MemberSummaryFields = graphql(`
  fragment MemberSummary on Member {
    id
    displayName
    email
    role
    createdAt
    activity { posts comments votes }
  }
`);

export const MembersQuery = graphql(`
  query Members($search: String, $first: Int!) {
    members(search: $search, first: $first) { ...MemberSummary }
  }
`);

/** A member's history: the counts in `activity` and the lists below come from the same rows. */
export const MemberQuery = graphql(`
  query Member($id: ID!, $first: Int!) {
    member(id: $id) {
      ...MemberSummary
      posts(first: $first) { ...PostSummary }
      recentComments(first: $first) { id body bodyHtml createdAt visibility post { id title } }
      votes(first: $first) { createdAt post { ...PostSummary } }
      following(first: $first) { ...PostSummary }
      viewerCanSanction
      staffNote
      sanctions { ...SanctionFields }
      staffActions(first: 10) { id action reason createdAt actor { id displayName } }
      moderationRecord { flagsGiven flagsGivenAgreed flagsReceived flagsReceivedAgreed hiddenPosts hiddenComments }
      ...MemberTrust
    }
  }
`);

export const MemberTrust = graphql(`
  fragment MemberTrust on Member {
    trustLevel
    trustLevelOrigin { since setByStaff kept reason setBy { id displayName } }
    viewerCanSetTrustLevel
    signUpIp
    relatedAccounts { sameSignUpIp sameEmailDomain member { id displayName role createdAt } }
  }
`);

export const SetTrustLevelMutation = graphql(`
  mutation SetTrustLevel($memberId: ID!, $level: Int!, $reason: String!, $keep: Boolean!) {
    setTrustLevel(memberId: $memberId, level: $level, reason: $reason, keep: $keep) { id ...MemberTrust }
  }
`);

export const TrustSettingsFields = graphql(`
  fragment TrustSettingsFields on TrustSettingsView {
    accountsPerIpPerDay
    blockedEmailDomains
    commonEmailDomains
    levels {
      level postsPerDay commentsPerDay secondsBetweenPosts secondsBetweenComments linksPerPost votesPerDay
      promotion { daysSinceJoined daysVisited postsRead acceptedContributions }
    }
  }
`);

export const TrustSettingsQuery = graphql(`
  query TrustSettings { trustSettings { ...TrustSettingsFields } }
`);

export const UpdateTrustSettingsMutation = graphql(`
  mutation UpdateTrustSettings($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { ...TrustSettingsFields } }
`);

export const SanctionFields = graphql(`
  fragment SanctionFields on Sanction { id kind reason clause startsAt endsAt liftedAt active actor { id displayName } }
`);

export const WarnMemberMutation = graphql(`
  mutation WarnMember($memberId: ID!, $clause: String, $message: String!) {
    warnMember(memberId: $memberId, clause: $clause, message: $message) { ...SanctionFields }
  }
`);

export const SilenceMemberMutation = graphql(`
  mutation SilenceMember($memberId: ID!, $until: DateTimeISO!, $reason: String!) {
    silenceMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($memberId: ID!, $until: DateTimeISO, $reason: String!) {
    suspendMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }
  }
`);

export const LiftSanctionMutation = graphql(`
  mutation LiftSanction($sanctionId: ID!) {
    liftSanction(sanctionId: $sanctionId) { ...SanctionFields }
  }
`);

export const SetMemberStaffNoteMutation = graphql(`
  mutation SetMemberStaffNote($memberId: ID!, $note: String!) {
    setMemberStaffNote(memberId: $memberId, note: $note) { id staffNote }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id action targetType targetId reason before after createdAt actor { id displayName } targetMember { id displayName } }
    }
  }
`);

export const NetiquetteQuery = graphql(`
  query Netiquette {
    netiquette { version publishedAt bodyHtml clauses { anchor title } }
  }
`);

export const NetiquetteVersionsQuery = graphql(`
  query NetiquetteVersions {
    netiquetteVersions { version material publishedAt body bodyHtml clauses { anchor title } publishedBy { id displayName } }
  }
`);

export const PublishNetiquetteMutation = graphql(`
  mutation PublishNetiquette($body: String!, $material: Boolean!) {
    publishNetiquette(body: $body, material: $material) { version material }
  }
`);

/** Returns the viewer with nothing due. */
export const AcceptNetiquetteMutation = graphql(`
  mutation AcceptNetiquette($version: Int!) {
    acceptNetiquette(version: $version) { ...ViewerFields }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($memberId: ID!, $role: Role!) {
    setMemberRole(memberId: $memberId, role: $role) { id role }
  }
`);

export const VoteFields = graphql(`
  fragment VoteFields on Vote {
    createdAt
    member { id displayName }
    castBy { id displayName }
  }
`);

export const PostVotersQuery = graphql(`
  query PostVoters($id: ID!) {
    post(id: $id) { id voteCount voters { ...VoteFields } }
  }
`);

export const VoteOnBehalfMutation = graphql(`
  mutation VoteOnBehalf($postId: ID!, $memberId: ID!) {
    voteOnBehalf(postId: $postId, memberId: $memberId) { id voteCount voters { ...VoteFields } }
  }
`);

export const BoardCatalogFields = graphql(`
  fragment BoardFields on Board { id name slug description position archivedAt }
`);

export const TagCatalogFields = graphql(`
  fragment TagFields on Tag { id name description color position archivedAt }
`);

export const BoardCatalogQuery = graphql(`
  query BoardCatalog {
    boards(includeArchived: true) { ...BoardFields }
  }
`);

export const TagCatalogQuery = graphql(`
  query TagCatalog {
    tags(includeArchived: true) { ...TagFields }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: BoardInput!) {
    createBoard(input: $input) { ...BoardFields }
  }
`);

export const UpdateBoardMutation = graphql(`
  mutation UpdateBoard($id: ID!, $input: UpdateBoardInput!) {
    updateBoard(id: $id, input: $input) { ...BoardFields }
  }
`);

export const ReorderBoardsMutation = graphql(`
  mutation ReorderBoards($ids: [ID!]!) {
    reorderBoards(ids: $ids) { ...BoardFields }
  }
`);

export const CreateTagMutation = graphql(`
  mutation CreateTag($input: TagInput!) {
    createTag(input: $input) { ...TagFields }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {
    updateTag(id: $id, input: $input) { ...TagFields }
  }
`);

export const ReorderTagsMutation = graphql(`
  mutation ReorderTags($ids: [ID!]!) {
    reorderTags(ids: $ids) { ...TagFields }
  }
`);

export const CreateStatusMutation = graphql(`
  mutation CreateStatus($input: StatusInput!) {
    createStatus(input: $input) { ...StatusFields }
  }
`);

export const UpdateStatusMutation = graphql(`
  mutation UpdateStatus($key: PostStatus!, $input: UpdateStatusInput!) {
    updateStatus(key: $key, input: $input) { ...StatusFields }
  }
`);

export const ReorderStatusesMutation = graphql(`
  mutation ReorderStatuses($keys: [PostStatus!]!) {
    reorderStatuses(keys: $keys) { ...StatusFields }
  }
`);

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: AccountLinkInput!) {
    verifyEmail(input: $input)
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($input: AccountLinkInput!) {
    confirmEmailChange(input: $input)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($input: ChangeEmailInput!) {
    requestEmailChange(input: $input)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $after: String) {
    outbox(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id toAddress subject text htmlSanitized status attempts lastError createdAt sentAt template language }
    }
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id kind category toStatus excerpt createdAt readAt commentId
    post { id title }
    changelogEntry { id title }
    actor { displayName }
  }
`);

export const NotificationPreviewQuery = graphql(`
  query NotificationPreview($postId: ID, $postIds: [ID!]) {
    notificationPreview(postId: $postId, postIds: $postIds) { total emailNow emailDigest inAppOnly }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...NotificationFields }
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded { ...NotificationFields }
  }
`);

export const NotificationPreferencesFields = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    categories { category inApp email }
    emailCadence digestHour timeZone allChangelogEntries
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { ...NotificationPreferencesFields }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { ...NotificationPreferencesFields }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($input: UnsubscribeInput!) {
    unsubscribe(input: $input) { categories }
  }
`);

export const WatchedBoardsQuery = graphql(`
  query WatchedBoards {
    boards { id viewerWatches }
  }
`);

export const WatchBoardMutation = graphql(`
  mutation WatchBoard($boardId: ID!, $watch: Boolean!) {
    watchBoard(boardId: $boardId, watch: $watch) { id viewerWatches }
  }
`);

// The changelog as members read it, and the header's "What's new".

export const ChangelogEntryCardFields = graphql(`
  fragment ChangelogEntryCard on ChangelogEntry {
    id title bodyHtml coverImageUrl publishedAt
    category { id name }
    posts { id title status }
  }
`);

export const PublicChangelogQuery = graphql(`
  query PublicChangelog($first: Int!, $after: String, $categoryId: ID, $boardId: ID) {
    changelog(first: $first, after: $after, categoryId: $categoryId, boardId: $boardId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ChangelogEntryCard }
    }
  }
`);

// ------------------------------------------------------------------------------------------------
// Changelog editor (product staff)
// ------------------------------------------------------------------------------------------------

export const ChangelogEditorFields = graphql(`
  fragment ChangelogEditorFields on ChangelogEntry {
    id title body bodyHtml state scheduledFor publishedAt coverImageUrl updatedAt
    category { id name }
    posts { id title status voteCount }
  }
`);

export const ChangelogCategoriesQuery = graphql(`
  query ChangelogCategories {
    changelogCategories { id name }
  }
`);

export const ChangelogEditorQuery = graphql(`
  query ChangelogEditor($id: ID!) {
    changelogEntry(id: $id) { ...ChangelogEditorFields }
    changelogCategories(includeArchived: true) { id name archivedAt }
  }
`);

export const ChangelogDraftsQuery = graphql(`
  query ChangelogDrafts {
    changelogDrafts { id title state scheduledFor updatedAt category { name } author { displayName } posts { id } }
  }
`);

export const PreviewMarkdownQuery = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

export const ChangelogNotificationPreviewQuery = graphql(`
  query ChangelogNotificationPreview($id: ID!) {
    changelogNotificationPreview(id: $id) { total emailNow emailDigest inAppOnly }
  }
`);

export const PostPickerQuery = graphql(`
  query PostPicker($search: String!) {
    posts(first: 8, sort: TOP, filter: { search: $search }) { nodes { id title status voteCount } }
  }
`);

export const CreateChangelogEntryMutation = graphql(`
  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {
    createChangelogEntry(input: $input) { ...ChangelogEditorFields }
  }
`);

export const UpdateChangelogEntryMutation = graphql(`
  mutation UpdateChangelogEntry($id: ID!, $input: UpdateChangelogEntryInput!) {
    updateChangelogEntry(id: $id, input: $input) { ...ChangelogEditorFields }
  }
`);

export const PublishChangelogEntryMutation = graphql(`
  mutation PublishChangelogEntry($id: ID!) {
    publishChangelogEntry(id: $id) { ...ChangelogEditorFields }
  }
`);

export const UnpublishChangelogEntryMutation = graphql(`
  mutation UnpublishChangelogEntry($id: ID!) {
    unpublishChangelogEntry(id: $id) { ...ChangelogEditorFields }
  }
`);

export const ScheduleChangelogEntryMutation = graphql(`
  mutation ScheduleChangelogEntry($id: ID!, $at: DateTimeISO!) {
    scheduleChangelogEntry(id: $id, at: $at) { ...ChangelogEditorFields }
  }
`);

export const CancelChangelogScheduleMutation = graphql(`
  mutation CancelChangelogSchedule($id: ID!) {
    cancelChangelogSchedule(id: $id) { ...ChangelogEditorFields }
  }
`);

export const PublicChangelogEntryQuery = graphql(`
  query PublicChangelogEntry($id: ID!) {
    changelogEntry(id: $id) { ...ChangelogEntryCard }
  }
`);

export const WhatsNewCountQuery = graphql(`
  query WhatsNewCount($since: DateTimeISO) {
    whatsNewCount(since: $since)
  }
`);

export const MarkChangelogSeenMutation = graphql(`
  mutation MarkChangelogSeen {
    markChangelogSeen
  }
`);

export const ChangelogSubscriptionQuery = graphql(`
  query ChangelogSubscription {
    notificationPreferences { allChangelogEntries }
  }
`);

export const SetChangelogSubscriptionMutation = graphql(`
  mutation SetChangelogSubscription($all: Boolean!) {
    updateNotificationPreferences(input: { allChangelogEntries: $all }) { allChangelogEntries }
  }
`);

export const ModerationSettingsQuery = graphql(`
  query ModerationSettings($holding: Boolean!, $words: Boolean!) {
    holdSettings @include(if: $holding) { policy firstPosts }
    boards(includeArchived: false) @include(if: $holding) { id name holdPolicy }
    watchedWords @include(if: $words) { id word action createdAt }
  }
`);

export const UpdateHoldSettingsMutation = graphql(`
  mutation UpdateHoldSettings($input: HoldSettingsInput!) {
    updateHoldSettings(input: $input) { policy firstPosts }
  }
`);

export const SetBoardHoldPolicyMutation = graphql(`
  mutation SetBoardHoldPolicy($id: ID!, $holdPolicy: HoldPolicy!) {
    updateBoard(id: $id, input: { holdPolicy: $holdPolicy }) { id name holdPolicy }
  }
`);

export const AddWatchedWordMutation = graphql(`
  mutation AddWatchedWord($input: WatchedWordInput!) {
    addWatchedWord(input: $input) { id word action createdAt }
  }
`);

export const RemoveWatchedWordMutation = graphql(`
  mutation RemoveWatchedWord($id: ID!) {
    removeWatchedWord(id: $id) { id word }
  }
`);

export const FlagContentMutation = graphql(`
  mutation FlagContent($target: ContentTargetInput!, $reason: FlagReason!, $message: String) {
    flagContent(target: $target, reason: $reason, message: $message) { id }
  }
`);

/** The queue's badge and the staff notice. */
export const ModerationSummaryQuery = graphql(`
  query ModerationSummary {
    moderationSummary { held heldOverdue flagged }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($filter: ModerationQueueFilter!, $first: Int!, $after: String) {
    moderationQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        kind id held hidden hiddenReason score since overdue authorFlagCount
        flags { id reason message weight createdAt flagger { id displayName } }
        post { id title bodyHtml }
        comment { id bodyHtml }
        author {
          ...MemberSummary
          posts(first: 3) { id title }
          viewerCanSanction
          sanctions { ...SanctionFields }
        }
      }
    }
  }
`);

export const ModeratedContentFields = graphql(`
  fragment ModeratedContentFields on ModeratedContent { kind id held hidden hiddenReason }
`);

export const ResolveFlagsMutation = graphql(`
  mutation ResolveFlags($target: ContentTargetInput!, $resolution: FlagResolution!, $messageToAuthor: String) {
    resolveFlags(target: $target, resolution: $resolution, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const HideContentMutation = graphql(`
  mutation HideContent($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) {
    hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const RestoreContentMutation = graphql(`
  mutation RestoreContent($target: ContentTargetInput!, $messageToAuthor: String) {
    restoreContent(target: $target, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const ApprovePostMutation = graphql(`
  mutation ApprovePost($postId: ID!, $messageToAuthor: String) {
    approvePost(postId: $postId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const RejectPostMutation = graphql(`
  mutation RejectPost($postId: ID!, $reason: String!, $messageToAuthor: String) {
    rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const DeleteFlaggedCommentMutation = graphql(`
  mutation DeleteFlaggedComment($commentId: ID!, $messageToAuthor: String) {
    deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }
  }
`);

export const AgreeAndSuspendMutation = graphql(`
  mutation AgreeAndSuspend($target: ContentTargetInput!, $reason: String!, $until: DateTimeISO) {
    agreeAndSuspend(target: $target, reason: $reason, until: $until) { ...ModeratedContentFields }
  }
`);

export const FlagSettingsQuery = graphql(`
  query FlagSettings {
    flagSettings { hideThreshold levels { trustLevel weight dailyLimit } }
  }
`);

export const UpdateFlagSettingsMutation = graphql(`
  mutation UpdateFlagSettings($input: FlagSettingsInput!) {
    updateFlagSettings(input: $input) { hideThreshold levels { trustLevel weight dailyLimit } }
  }
`);
