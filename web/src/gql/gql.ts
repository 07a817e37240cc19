/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PostSummary on Post {\n    id\n    title\n    kind\n    status\n    voteCount\n    viewerHasVoted\n    commentCount\n    createdAt\n    moderationState\n    board { id name slug }\n    tags { id name color }\n    author { id displayName }\n  }\n": typeof types.PostSummaryFragmentDoc,
    "\n  fragment ViewerFields on Member {\n    id displayName email role createdAt emailVerified emailBouncing netiquetteDue\n    activeSanction { id kind reason endsAt }\n    can {\n      triage setPostStatus tagPosts movePosts mergePosts manageBoardsAndTags\n      viewTrackerConnections manageTrackerConnections editStatusMapping linkIssues viewSyncHealth repairSync\n      viewDashboard viewMembers setRoles manageStatuses viewOutbox watchBoards writeChangelog\n      sanctionMembers readAuditLog configureHolding watchWords writeNetiquette moderate reviewHeldPosts manageFlagSettings editTrustSettings\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me { ...ViewerFields }\n  }\n": typeof types.MeDocument,
    "\n  fragment StatusFields on Status { key names { en de } color category position onRoadmap public archivedAt settable reserved }\n": typeof types.StatusFieldsFragmentDoc,
    "\n  query Navigation {\n    boards { id name slug description }\n    tags { id name color }\n    statuses(includeArchived: true) { ...StatusFields }\n  }\n": typeof types.NavigationDocument,
    "\n  query Posts($first: Int!, $after: String, $sort: PostSort!, $filter: PostFilter) {\n    posts(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      approximate\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PostSummary }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  query Roadmap($first: Int!, $boardId: ID, $kind: PostKind) {\n    roadmap(first: $first, boardId: $boardId, kind: $kind) {\n      status { ...StatusFields }\n      totalCount\n      posts { ...PostSummary shippedAt answeredIn { id title } }\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  fragment TrackerLinkFields on TrackerLink {\n    id\n    state\n    issueKey\n    issueUrl\n    issueTitle\n    requestedKey\n    trackerStateName\n    mappedStatus\n    lastError\n    attempts\n    nextAttemptAt\n    createdAt\n    connection { id name kind }\n  }\n": typeof types.TrackerLinkFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id parentId body bodyHtml createdAt editedAt deletedAt visibility hiddenAt hiddenReason viewerHasFlagged\n    viewerCan { edit delete flag }\n    author { id displayName staff }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment PostViewerCan on PostCapabilities {\n    edit setStatus postUpdate tag move merge writeInternalNote voteOnBehalf seeVoters linkIssue setLinkRule flag\n  }\n": typeof types.PostViewerCanFragmentDoc,
    "\n  fragment PostDetail on Post {\n    ...PostSummary\n    body\n    bodyHtml\n    updatedAt\n    editedAt\n    shippedAt\n    viewerFollow { level reason }\n    viewerCan { ...PostViewerCan }\n    viewerHasFlagged\n    moderationState\n    moderationReason\n    linkRule\n    author { id displayName role }\n    mergedInto { id title status }\n    bug { stepsToReproduce stepsToReproduceHtml expected expectedHtml actual actualHtml environment severity }\n    usability { location goal goalHtml obstacle obstacleHtml }\n    comments { ...CommentFields }\n    timeline {\n      id type source trackerName createdAt fromStatus toStatus publicNote publicNoteHtml internalDetails\n      actor { id displayName role }\n      relatedPost { id title }\n      changelogEntry { id title }\n    }\n    answeredIn { id title }\n    trackerProgress { total done rule }\n    trackerLinks { ...TrackerLinkFields }\n  }\n": typeof types.PostDetailFragmentDoc,
    "\n  query Post($id: ID!) {\n    post(id: $id) { ...PostDetail }\n  }\n": typeof types.PostDocument,
    "\n  subscription PostChanged($id: ID!) {\n    postChanged(id: $id) { ...PostDetail }\n  }\n": typeof types.PostChangedDocument,
    "\n  query SimilarPosts($input: SimilarPostsInput!) {\n    similarPosts(input: $input) { ...PostSummary }\n  }\n": typeof types.SimilarPostsDocument,
    "\n  mutation Vote($postId: ID!) {\n    vote(postId: $postId) { id voteCount viewerHasVoted viewerFollows }\n  }\n": typeof types.VoteDocument,
    "\n  mutation Unvote($postId: ID!) {\n    unvote(postId: $postId) { id voteCount viewerHasVoted }\n  }\n": typeof types.UnvoteDocument,
    "\n  mutation SetFollowLevel($postId: ID!, $level: FollowLevel!) {\n    setFollowLevel(postId: $postId, level: $level) { id viewerFollow { level reason } }\n  }\n": typeof types.SetFollowLevelDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) { ...CommentFields }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) { id title body bodyHtml editedAt viewerCan { ...PostViewerCan } }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { id body bodyHtml deletedAt viewerCan { edit delete flag } }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) { id moderationState }\n  }\n": typeof types.SubmitPostDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { ...ViewerFields }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { ...ViewerFields }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ApiTokens {\n    myApiTokens { id name createdAt lastUsedAt revokedAt }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name createdAt lastUsedAt revokedAt } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetPostStatus($postId: ID!, $status: PostStatus!, $input: NoteInput) {\n    setPostStatus(postId: $postId, status: $status, input: $input) { id status }\n  }\n": typeof types.SetPostStatusDocument,
    "\n  mutation PostUpdate($postId: ID!, $input: RequiredNoteInput!) {\n    postUpdate(postId: $postId, input: $input) { id }\n  }\n": typeof types.PostUpdateDocument,
    "\n  mutation TagPost($postId: ID!, $tagId: ID!) {\n    tagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n": typeof types.TagPostDocument,
    "\n  mutation UntagPost($postId: ID!, $tagId: ID!) {\n    untagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n": typeof types.UntagPostDocument,
    "\n  mutation MovePost($postId: ID!, $boardId: ID!) {\n    movePost(postId: $postId, boardId: $boardId) { id board { id name slug } }\n  }\n": typeof types.MovePostDocument,
    "\n  mutation MergePosts($duplicateId: ID!, $targetId: ID!, $input: NoteInput) {\n    mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) { id voteCount status }\n  }\n": typeof types.MergePostsDocument,
    "\n  fragment TrackerConnectionFields on TrackerConnection {\n    id\n    kind\n    name\n    baseUrl\n    email\n    projectKey\n    issueType\n    teamId\n    settings { key value }\n    hasWebhookSecret\n    webhookUrl\n    multiLinkRule\n    lastSyncedAt\n    lastSyncError\n    verifiedAt\n    createdAt\n    statusMapping { stateId stateName category status defaultStatus isDefault }\n  }\n": typeof types.TrackerConnectionFieldsFragmentDoc,
    "\n  fragment TrackerKindFields on TrackerKindDescription {\n    kind\n    name\n    addLabel { en de }\n    webhookHelp { en de }\n    settings { key secret required format maxLength placeholder initialValue advanced label { en de } hint { en de } }\n  }\n": typeof types.TrackerKindFieldsFragmentDoc,
    "\n  query TrackerConnections {\n    trackerConnections { ...TrackerConnectionFields }\n    trackerKinds { ...TrackerKindFields }\n  }\n": typeof types.TrackerConnectionsDocument,
    "\n  query TrackerConnectionNames {\n    trackerConnections { id kind name }\n  }\n": typeof types.TrackerConnectionNamesDocument,
    "\n  mutation CreateTrackerConnection($kind: TrackerKind!, $input: TrackerConnectionInput!) {\n    createTrackerConnection(kind: $kind, input: $input) { ...TrackerConnectionFields }\n  }\n": typeof types.CreateTrackerConnectionDocument,
    "\n  mutation UpdateTrackerConnection($id: ID!, $input: TrackerConnectionInput!) {\n    updateTrackerConnection(id: $id, input: $input) { ...TrackerConnectionFields }\n  }\n": typeof types.UpdateTrackerConnectionDocument,
    "\n  mutation DeleteTrackerConnection($id: ID!) {\n    deleteTrackerConnection(id: $id)\n  }\n": typeof types.DeleteTrackerConnectionDocument,
    "\n  mutation TestTrackerConnection($id: ID!) {\n    testTrackerConnection(id: $id) { ok message }\n  }\n": typeof types.TestTrackerConnectionDocument,
    "\n  mutation SetTrackerStatusMapping($connectionId: ID!, $input: StatusMappingInput!) {\n    setTrackerStatusMapping(connectionId: $connectionId, input: $input) { ...TrackerConnectionFields }\n  }\n": typeof types.SetTrackerStatusMappingDocument,
    "\n  mutation CreateTrackerIssue($postId: ID!, $connectionId: ID!) {\n    createTrackerIssue(postId: $postId, connectionId: $connectionId) { ...TrackerLinkFields }\n  }\n": typeof types.CreateTrackerIssueDocument,
    "\n  mutation LinkTrackerIssue($postId: ID!, $input: LinkIssueInput!) {\n    linkTrackerIssue(postId: $postId, input: $input) { ...TrackerLinkFields }\n  }\n": typeof types.LinkTrackerIssueDocument,
    "\n  mutation UnlinkTrackerIssue($linkId: ID!) {\n    unlinkTrackerIssue(linkId: $linkId) { id status linkRule trackerProgress { total done rule } trackerLinks { ...TrackerLinkFields } }\n  }\n": typeof types.UnlinkTrackerIssueDocument,
    "\n  mutation RetryTrackerLink($linkId: ID!) {\n    retryTrackerLink(linkId: $linkId) { ...TrackerLinkFields }\n  }\n": typeof types.RetryTrackerLinkDocument,
    "\n  mutation SetPostLinkRule($postId: ID!, $rule: MultiLinkRule) {\n    setPostLinkRule(postId: $postId, rule: $rule) { id status linkRule trackerProgress { total done rule } }\n  }\n": typeof types.SetPostLinkRuleDocument,
    "\n  query SyncHealth($limit: Int!) {\n    syncHealth(limit: $limit) {\n      failedLinks\n      retryingLinks\n      pendingLinks\n      connections {\n        level failedLinks retryingLinks pendingLinks failedDeliveries lastDeliveryAt\n        connection { id name kind lastSyncedAt lastSyncError verifiedAt }\n      }\n      links { ...TrackerLinkFields post { id title } }\n      deliveries { id deliveryId state detail receivedAt processedAt }\n      jobs { id name state error createdOn }\n    }\n  }\n": typeof types.SyncHealthDocument,
    "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) { id deliveryId state detail receivedAt processedAt }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  mutation RetryTrackerJob($jobId: ID!) {\n    retryTrackerJob(jobId: $jobId)\n  }\n": typeof types.RetryTrackerJobDocument,
    "\n  query CommunityReport($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {\n    communityReport(from: $from, to: $to, board: $board, kind: $kind) {\n      from\n      to\n      previousFrom\n      counts { metric value previous changePercent series { weekStart value } }\n      hoursToFirstResponse { value previous changePercent }\n      hoursToTriage { value previous changePercent }\n      daysToShip { value previous changePercent }\n      topPostsLinkedShare\n      topUnlinkedPosts { id title kind status voteCount commentCount board { id name } }\n      topTags { tag { id name color } value previous changePercent }\n      gainers { votes post { id title kind status board { id name } } }\n      hotTopics { label tag { id name } value previous }\n    }\n  }\n": typeof types.CommunityReportDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    displayName\n    email\n    role\n    createdAt\n    activity { posts comments votes }\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  query Members($search: String, $first: Int!) {\n    members(search: $search, first: $first) { ...MemberSummary }\n  }\n": typeof types.MembersDocument,
    "\n  query Member($id: ID!, $first: Int!) {\n    member(id: $id) {\n      ...MemberSummary\n      posts(first: $first) { ...PostSummary }\n      recentComments(first: $first) { id body bodyHtml createdAt visibility post { id title } }\n      votes(first: $first) { createdAt post { ...PostSummary } }\n      following(first: $first) { ...PostSummary }\n      viewerCanSanction\n      staffNote\n      sanctions { ...SanctionFields }\n      staffActions(first: 10) { id action reason createdAt actor { id displayName } }\n      moderationRecord { flagsGiven flagsGivenAgreed flagsReceived flagsReceivedAgreed hiddenPosts hiddenComments }\n      ...MemberTrust\n    }\n  }\n": typeof types.MemberDocument,
    "\n  fragment MemberTrust on Member {\n    trustLevel\n    trustLevelOrigin { since setByStaff kept reason setBy { id displayName } }\n    viewerCanSetTrustLevel\n    signUpIp\n    relatedAccounts { sameSignUpIp sameEmailDomain member { id displayName role createdAt } }\n  }\n": typeof types.MemberTrustFragmentDoc,
    "\n  mutation SetTrustLevel($memberId: ID!, $level: Int!, $reason: String!, $keep: Boolean!) {\n    setTrustLevel(memberId: $memberId, level: $level, reason: $reason, keep: $keep) { id ...MemberTrust }\n  }\n": typeof types.SetTrustLevelDocument,
    "\n  fragment TrustSettingsFields on TrustSettingsView {\n    accountsPerIpPerDay\n    blockedEmailDomains\n    commonEmailDomains\n    levels {\n      level postsPerDay commentsPerDay secondsBetweenPosts secondsBetweenComments linksPerPost votesPerDay\n      promotion { daysSinceJoined daysVisited postsRead acceptedContributions }\n    }\n  }\n": typeof types.TrustSettingsFieldsFragmentDoc,
    "\n  query TrustSettings { trustSettings { ...TrustSettingsFields } }\n": typeof types.TrustSettingsDocument,
    "\n  mutation UpdateTrustSettings($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { ...TrustSettingsFields } }\n": typeof types.UpdateTrustSettingsDocument,
    "\n  fragment SanctionFields on Sanction { id kind reason clause startsAt endsAt liftedAt active actor { id displayName } }\n": typeof types.SanctionFieldsFragmentDoc,
    "\n  mutation WarnMember($memberId: ID!, $clause: String, $message: String!) {\n    warnMember(memberId: $memberId, clause: $clause, message: $message) { ...SanctionFields }\n  }\n": typeof types.WarnMemberDocument,
    "\n  mutation SilenceMember($memberId: ID!, $until: DateTimeISO!, $reason: String!) {\n    silenceMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n": typeof types.SilenceMemberDocument,
    "\n  mutation SuspendMember($memberId: ID!, $until: DateTimeISO, $reason: String!) {\n    suspendMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation LiftSanction($sanctionId: ID!) {\n    liftSanction(sanctionId: $sanctionId) { ...SanctionFields }\n  }\n": typeof types.LiftSanctionDocument,
    "\n  mutation SetMemberStaffNote($memberId: ID!, $note: String!) {\n    setMemberStaffNote(memberId: $memberId, note: $note) { id staffNote }\n  }\n": typeof types.SetMemberStaffNoteDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id action targetType targetId reason before after createdAt actor { id displayName } targetMember { id displayName } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Netiquette {\n    netiquette { version publishedAt bodyHtml clauses { anchor title } }\n  }\n": typeof types.NetiquetteDocument,
    "\n  query NetiquetteVersions {\n    netiquetteVersions { version material publishedAt body bodyHtml clauses { anchor title } publishedBy { id displayName } }\n  }\n": typeof types.NetiquetteVersionsDocument,
    "\n  mutation PublishNetiquette($body: String!, $material: Boolean!) {\n    publishNetiquette(body: $body, material: $material) { version material }\n  }\n": typeof types.PublishNetiquetteDocument,
    "\n  mutation AcceptNetiquette($version: Int!) {\n    acceptNetiquette(version: $version) { ...ViewerFields }\n  }\n": typeof types.AcceptNetiquetteDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  fragment VoteFields on Vote {\n    createdAt\n    member { id displayName }\n    castBy { id displayName }\n  }\n": typeof types.VoteFieldsFragmentDoc,
    "\n  query PostVoters($id: ID!) {\n    post(id: $id) { id voteCount voters { ...VoteFields } }\n  }\n": typeof types.PostVotersDocument,
    "\n  mutation VoteOnBehalf($postId: ID!, $memberId: ID!) {\n    voteOnBehalf(postId: $postId, memberId: $memberId) { id voteCount voters { ...VoteFields } }\n  }\n": typeof types.VoteOnBehalfDocument,
    "\n  fragment BoardFields on Board { id name slug description position archivedAt }\n": typeof types.BoardFieldsFragmentDoc,
    "\n  fragment TagFields on Tag { id name description color position archivedAt }\n": typeof types.TagFieldsFragmentDoc,
    "\n  query BoardCatalog {\n    boards(includeArchived: true) { ...BoardFields }\n  }\n": typeof types.BoardCatalogDocument,
    "\n  query TagCatalog {\n    tags(includeArchived: true) { ...TagFields }\n  }\n": typeof types.TagCatalogDocument,
    "\n  mutation CreateBoard($input: BoardInput!) {\n    createBoard(input: $input) { ...BoardFields }\n  }\n": typeof types.CreateBoardDocument,
    "\n  mutation UpdateBoard($id: ID!, $input: UpdateBoardInput!) {\n    updateBoard(id: $id, input: $input) { ...BoardFields }\n  }\n": typeof types.UpdateBoardDocument,
    "\n  mutation ReorderBoards($ids: [ID!]!) {\n    reorderBoards(ids: $ids) { ...BoardFields }\n  }\n": typeof types.ReorderBoardsDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) { ...TagFields }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) { ...TagFields }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation ReorderTags($ids: [ID!]!) {\n    reorderTags(ids: $ids) { ...TagFields }\n  }\n": typeof types.ReorderTagsDocument,
    "\n  mutation CreateStatus($input: StatusInput!) {\n    createStatus(input: $input) { ...StatusFields }\n  }\n": typeof types.CreateStatusDocument,
    "\n  mutation UpdateStatus($key: PostStatus!, $input: UpdateStatusInput!) {\n    updateStatus(key: $key, input: $input) { ...StatusFields }\n  }\n": typeof types.UpdateStatusDocument,
    "\n  mutation ReorderStatuses($keys: [PostStatus!]!) {\n    reorderStatuses(keys: $keys) { ...StatusFields }\n  }\n": typeof types.ReorderStatusesDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmail($input: AccountLinkInput!) {\n    verifyEmail(input: $input)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ConfirmEmailChange($input: AccountLinkInput!) {\n    confirmEmailChange(input: $input)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id toAddress subject text htmlSanitized status attempts lastError createdAt sentAt template language }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  fragment NotificationFields on Notification {\n    id kind category toStatus excerpt createdAt readAt commentId\n    post { id title }\n    changelogEntry { id title }\n    actor { displayName }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationPreview($postId: ID, $postIds: [ID!]) {\n    notificationPreview(postId: $postId, postIds: $postIds) { total emailNow emailDigest inAppOnly }\n  }\n": typeof types.NotificationPreviewDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NotificationFields }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    categories { category inApp email }\n    emailCadence digestHour timeZone allChangelogEntries\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences { ...NotificationPreferencesFields }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...NotificationPreferencesFields }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { categories }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query WatchedBoards {\n    boards { id viewerWatches }\n  }\n": typeof types.WatchedBoardsDocument,
    "\n  mutation WatchBoard($boardId: ID!, $watch: Boolean!) {\n    watchBoard(boardId: $boardId, watch: $watch) { id viewerWatches }\n  }\n": typeof types.WatchBoardDocument,
    "\n  fragment ChangelogEntryCard on ChangelogEntry {\n    id title bodyHtml coverImageUrl publishedAt\n    category { id name }\n    posts { id title status }\n  }\n": typeof types.ChangelogEntryCardFragmentDoc,
    "\n  query PublicChangelog($first: Int!, $after: String, $categoryId: ID, $boardId: ID) {\n    changelog(first: $first, after: $after, categoryId: $categoryId, boardId: $boardId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ChangelogEntryCard }\n    }\n  }\n": typeof types.PublicChangelogDocument,
    "\n  fragment ChangelogEditorFields on ChangelogEntry {\n    id title body bodyHtml state scheduledFor publishedAt coverImageUrl updatedAt\n    category { id name }\n    posts { id title status voteCount }\n  }\n": typeof types.ChangelogEditorFieldsFragmentDoc,
    "\n  query ChangelogCategories {\n    changelogCategories { id name }\n  }\n": typeof types.ChangelogCategoriesDocument,
    "\n  query ChangelogEditor($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEditorFields }\n    changelogCategories(includeArchived: true) { id name archivedAt }\n  }\n": typeof types.ChangelogEditorDocument,
    "\n  query ChangelogDrafts {\n    changelogDrafts { id title state scheduledFor updatedAt category { name } author { displayName } posts { id } }\n  }\n": typeof types.ChangelogDraftsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
    "\n  query ChangelogNotificationPreview($id: ID!) {\n    changelogNotificationPreview(id: $id) { total emailNow emailDigest inAppOnly }\n  }\n": typeof types.ChangelogNotificationPreviewDocument,
    "\n  query PostPicker($search: String!) {\n    posts(first: 8, sort: TOP, filter: { search: $search }) { nodes { id title status voteCount } }\n  }\n": typeof types.PostPickerDocument,
    "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) { ...ChangelogEditorFields }\n  }\n": typeof types.CreateChangelogEntryDocument,
    "\n  mutation UpdateChangelogEntry($id: ID!, $input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(id: $id, input: $input) { ...ChangelogEditorFields }\n  }\n": typeof types.UpdateChangelogEntryDocument,
    "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n": typeof types.PublishChangelogEntryDocument,
    "\n  mutation UnpublishChangelogEntry($id: ID!) {\n    unpublishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n": typeof types.UnpublishChangelogEntryDocument,
    "\n  mutation ScheduleChangelogEntry($id: ID!, $at: DateTimeISO!) {\n    scheduleChangelogEntry(id: $id, at: $at) { ...ChangelogEditorFields }\n  }\n": typeof types.ScheduleChangelogEntryDocument,
    "\n  mutation CancelChangelogSchedule($id: ID!) {\n    cancelChangelogSchedule(id: $id) { ...ChangelogEditorFields }\n  }\n": typeof types.CancelChangelogScheduleDocument,
    "\n  query PublicChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEntryCard }\n  }\n": typeof types.PublicChangelogEntryDocument,
    "\n  query WhatsNewCount($since: DateTimeISO) {\n    whatsNewCount(since: $since)\n  }\n": typeof types.WhatsNewCountDocument,
    "\n  mutation MarkChangelogSeen {\n    markChangelogSeen\n  }\n": typeof types.MarkChangelogSeenDocument,
    "\n  query ChangelogSubscription {\n    notificationPreferences { allChangelogEntries }\n  }\n": typeof types.ChangelogSubscriptionDocument,
    "\n  mutation SetChangelogSubscription($all: Boolean!) {\n    updateNotificationPreferences(input: { allChangelogEntries: $all }) { allChangelogEntries }\n  }\n": typeof types.SetChangelogSubscriptionDocument,
    "\n  query ModerationSettings($holding: Boolean!, $words: Boolean!) {\n    holdSettings @include(if: $holding) { policy firstPosts }\n    boards(includeArchived: false) @include(if: $holding) { id name holdPolicy }\n    watchedWords @include(if: $words) { id word action createdAt }\n  }\n": typeof types.ModerationSettingsDocument,
    "\n  mutation UpdateHoldSettings($input: HoldSettingsInput!) {\n    updateHoldSettings(input: $input) { policy firstPosts }\n  }\n": typeof types.UpdateHoldSettingsDocument,
    "\n  mutation SetBoardHoldPolicy($id: ID!, $holdPolicy: HoldPolicy!) {\n    updateBoard(id: $id, input: { holdPolicy: $holdPolicy }) { id name holdPolicy }\n  }\n": typeof types.SetBoardHoldPolicyDocument,
    "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) { id word action createdAt }\n  }\n": typeof types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) { id word }\n  }\n": typeof types.RemoveWatchedWordDocument,
    "\n  mutation FlagContent($target: ContentTargetInput!, $reason: FlagReason!, $message: String) {\n    flagContent(target: $target, reason: $reason, message: $message) { id }\n  }\n": typeof types.FlagContentDocument,
    "\n  query ModerationSummary {\n    moderationSummary { held heldOverdue flagged }\n  }\n": typeof types.ModerationSummaryDocument,
    "\n  query ModerationQueue($filter: ModerationQueueFilter!, $first: Int!, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind id held hidden hiddenReason score since overdue authorFlagCount\n        flags { id reason message weight createdAt flagger { id displayName } }\n        post { id title bodyHtml }\n        comment { id bodyHtml }\n        author {\n          ...MemberSummary\n          posts(first: 3) { id title }\n          viewerCanSanction\n          sanctions { ...SanctionFields }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  fragment ModeratedContentFields on ModeratedContent { kind id held hidden hiddenReason }\n": typeof types.ModeratedContentFieldsFragmentDoc,
    "\n  mutation ResolveFlags($target: ContentTargetInput!, $resolution: FlagResolution!, $messageToAuthor: String) {\n    resolveFlags(target: $target, resolution: $resolution, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.ResolveFlagsDocument,
    "\n  mutation HideContent($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) {\n    hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.HideContentDocument,
    "\n  mutation RestoreContent($target: ContentTargetInput!, $messageToAuthor: String) {\n    restoreContent(target: $target, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.RestoreContentDocument,
    "\n  mutation ApprovePost($postId: ID!, $messageToAuthor: String) {\n    approvePost(postId: $postId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.ApprovePostDocument,
    "\n  mutation RejectPost($postId: ID!, $reason: String!, $messageToAuthor: String) {\n    rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.RejectPostDocument,
    "\n  mutation DeleteFlaggedComment($commentId: ID!, $messageToAuthor: String) {\n    deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": typeof types.DeleteFlaggedCommentDocument,
    "\n  mutation AgreeAndSuspend($target: ContentTargetInput!, $reason: String!, $until: DateTimeISO) {\n    agreeAndSuspend(target: $target, reason: $reason, until: $until) { ...ModeratedContentFields }\n  }\n": typeof types.AgreeAndSuspendDocument,
    "\n  query FlagSettings {\n    flagSettings { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n": typeof types.FlagSettingsDocument,
    "\n  mutation UpdateFlagSettings($input: FlagSettingsInput!) {\n    updateFlagSettings(input: $input) { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n": typeof types.UpdateFlagSettingsDocument,
};
const documents: Documents = {
    "\n  fragment PostSummary on Post {\n    id\n    title\n    kind\n    status\n    voteCount\n    viewerHasVoted\n    commentCount\n    createdAt\n    moderationState\n    board { id name slug }\n    tags { id name color }\n    author { id displayName }\n  }\n": types.PostSummaryFragmentDoc,
    "\n  fragment ViewerFields on Member {\n    id displayName email role createdAt emailVerified emailBouncing netiquetteDue\n    activeSanction { id kind reason endsAt }\n    can {\n      triage setPostStatus tagPosts movePosts mergePosts manageBoardsAndTags\n      viewTrackerConnections manageTrackerConnections editStatusMapping linkIssues viewSyncHealth repairSync\n      viewDashboard viewMembers setRoles manageStatuses viewOutbox watchBoards writeChangelog\n      sanctionMembers readAuditLog configureHolding watchWords writeNetiquette moderate reviewHeldPosts manageFlagSettings editTrustSettings\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me { ...ViewerFields }\n  }\n": types.MeDocument,
    "\n  fragment StatusFields on Status { key names { en de } color category position onRoadmap public archivedAt settable reserved }\n": types.StatusFieldsFragmentDoc,
    "\n  query Navigation {\n    boards { id name slug description }\n    tags { id name color }\n    statuses(includeArchived: true) { ...StatusFields }\n  }\n": types.NavigationDocument,
    "\n  query Posts($first: Int!, $after: String, $sort: PostSort!, $filter: PostFilter) {\n    posts(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      approximate\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PostSummary }\n    }\n  }\n": types.PostsDocument,
    "\n  query Roadmap($first: Int!, $boardId: ID, $kind: PostKind) {\n    roadmap(first: $first, boardId: $boardId, kind: $kind) {\n      status { ...StatusFields }\n      totalCount\n      posts { ...PostSummary shippedAt answeredIn { id title } }\n    }\n  }\n": types.RoadmapDocument,
    "\n  fragment TrackerLinkFields on TrackerLink {\n    id\n    state\n    issueKey\n    issueUrl\n    issueTitle\n    requestedKey\n    trackerStateName\n    mappedStatus\n    lastError\n    attempts\n    nextAttemptAt\n    createdAt\n    connection { id name kind }\n  }\n": types.TrackerLinkFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id parentId body bodyHtml createdAt editedAt deletedAt visibility hiddenAt hiddenReason viewerHasFlagged\n    viewerCan { edit delete flag }\n    author { id displayName staff }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment PostViewerCan on PostCapabilities {\n    edit setStatus postUpdate tag move merge writeInternalNote voteOnBehalf seeVoters linkIssue setLinkRule flag\n  }\n": types.PostViewerCanFragmentDoc,
    "\n  fragment PostDetail on Post {\n    ...PostSummary\n    body\n    bodyHtml\n    updatedAt\n    editedAt\n    shippedAt\n    viewerFollow { level reason }\n    viewerCan { ...PostViewerCan }\n    viewerHasFlagged\n    moderationState\n    moderationReason\n    linkRule\n    author { id displayName role }\n    mergedInto { id title status }\n    bug { stepsToReproduce stepsToReproduceHtml expected expectedHtml actual actualHtml environment severity }\n    usability { location goal goalHtml obstacle obstacleHtml }\n    comments { ...CommentFields }\n    timeline {\n      id type source trackerName createdAt fromStatus toStatus publicNote publicNoteHtml internalDetails\n      actor { id displayName role }\n      relatedPost { id title }\n      changelogEntry { id title }\n    }\n    answeredIn { id title }\n    trackerProgress { total done rule }\n    trackerLinks { ...TrackerLinkFields }\n  }\n": types.PostDetailFragmentDoc,
    "\n  query Post($id: ID!) {\n    post(id: $id) { ...PostDetail }\n  }\n": types.PostDocument,
    "\n  subscription PostChanged($id: ID!) {\n    postChanged(id: $id) { ...PostDetail }\n  }\n": types.PostChangedDocument,
    "\n  query SimilarPosts($input: SimilarPostsInput!) {\n    similarPosts(input: $input) { ...PostSummary }\n  }\n": types.SimilarPostsDocument,
    "\n  mutation Vote($postId: ID!) {\n    vote(postId: $postId) { id voteCount viewerHasVoted viewerFollows }\n  }\n": types.VoteDocument,
    "\n  mutation Unvote($postId: ID!) {\n    unvote(postId: $postId) { id voteCount viewerHasVoted }\n  }\n": types.UnvoteDocument,
    "\n  mutation SetFollowLevel($postId: ID!, $level: FollowLevel!) {\n    setFollowLevel(postId: $postId, level: $level) { id viewerFollow { level reason } }\n  }\n": types.SetFollowLevelDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) { ...CommentFields }\n  }\n": types.EditCommentDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) { id title body bodyHtml editedAt viewerCan { ...PostViewerCan } }\n  }\n": types.EditPostDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { id body bodyHtml deletedAt viewerCan { edit delete flag } }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) { id moderationState }\n  }\n": types.SubmitPostDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { ...ViewerFields }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { ...ViewerFields }\n  }\n": types.UpdateProfileDocument,
    "\n  query ApiTokens {\n    myApiTokens { id name createdAt lastUsedAt revokedAt }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name createdAt lastUsedAt revokedAt } }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetPostStatus($postId: ID!, $status: PostStatus!, $input: NoteInput) {\n    setPostStatus(postId: $postId, status: $status, input: $input) { id status }\n  }\n": types.SetPostStatusDocument,
    "\n  mutation PostUpdate($postId: ID!, $input: RequiredNoteInput!) {\n    postUpdate(postId: $postId, input: $input) { id }\n  }\n": types.PostUpdateDocument,
    "\n  mutation TagPost($postId: ID!, $tagId: ID!) {\n    tagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n": types.TagPostDocument,
    "\n  mutation UntagPost($postId: ID!, $tagId: ID!) {\n    untagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n": types.UntagPostDocument,
    "\n  mutation MovePost($postId: ID!, $boardId: ID!) {\n    movePost(postId: $postId, boardId: $boardId) { id board { id name slug } }\n  }\n": types.MovePostDocument,
    "\n  mutation MergePosts($duplicateId: ID!, $targetId: ID!, $input: NoteInput) {\n    mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) { id voteCount status }\n  }\n": types.MergePostsDocument,
    "\n  fragment TrackerConnectionFields on TrackerConnection {\n    id\n    kind\n    name\n    baseUrl\n    email\n    projectKey\n    issueType\n    teamId\n    settings { key value }\n    hasWebhookSecret\n    webhookUrl\n    multiLinkRule\n    lastSyncedAt\n    lastSyncError\n    verifiedAt\n    createdAt\n    statusMapping { stateId stateName category status defaultStatus isDefault }\n  }\n": types.TrackerConnectionFieldsFragmentDoc,
    "\n  fragment TrackerKindFields on TrackerKindDescription {\n    kind\n    name\n    addLabel { en de }\n    webhookHelp { en de }\n    settings { key secret required format maxLength placeholder initialValue advanced label { en de } hint { en de } }\n  }\n": types.TrackerKindFieldsFragmentDoc,
    "\n  query TrackerConnections {\n    trackerConnections { ...TrackerConnectionFields }\n    trackerKinds { ...TrackerKindFields }\n  }\n": types.TrackerConnectionsDocument,
    "\n  query TrackerConnectionNames {\n    trackerConnections { id kind name }\n  }\n": types.TrackerConnectionNamesDocument,
    "\n  mutation CreateTrackerConnection($kind: TrackerKind!, $input: TrackerConnectionInput!) {\n    createTrackerConnection(kind: $kind, input: $input) { ...TrackerConnectionFields }\n  }\n": types.CreateTrackerConnectionDocument,
    "\n  mutation UpdateTrackerConnection($id: ID!, $input: TrackerConnectionInput!) {\n    updateTrackerConnection(id: $id, input: $input) { ...TrackerConnectionFields }\n  }\n": types.UpdateTrackerConnectionDocument,
    "\n  mutation DeleteTrackerConnection($id: ID!) {\n    deleteTrackerConnection(id: $id)\n  }\n": types.DeleteTrackerConnectionDocument,
    "\n  mutation TestTrackerConnection($id: ID!) {\n    testTrackerConnection(id: $id) { ok message }\n  }\n": types.TestTrackerConnectionDocument,
    "\n  mutation SetTrackerStatusMapping($connectionId: ID!, $input: StatusMappingInput!) {\n    setTrackerStatusMapping(connectionId: $connectionId, input: $input) { ...TrackerConnectionFields }\n  }\n": types.SetTrackerStatusMappingDocument,
    "\n  mutation CreateTrackerIssue($postId: ID!, $connectionId: ID!) {\n    createTrackerIssue(postId: $postId, connectionId: $connectionId) { ...TrackerLinkFields }\n  }\n": types.CreateTrackerIssueDocument,
    "\n  mutation LinkTrackerIssue($postId: ID!, $input: LinkIssueInput!) {\n    linkTrackerIssue(postId: $postId, input: $input) { ...TrackerLinkFields }\n  }\n": types.LinkTrackerIssueDocument,
    "\n  mutation UnlinkTrackerIssue($linkId: ID!) {\n    unlinkTrackerIssue(linkId: $linkId) { id status linkRule trackerProgress { total done rule } trackerLinks { ...TrackerLinkFields } }\n  }\n": types.UnlinkTrackerIssueDocument,
    "\n  mutation RetryTrackerLink($linkId: ID!) {\n    retryTrackerLink(linkId: $linkId) { ...TrackerLinkFields }\n  }\n": types.RetryTrackerLinkDocument,
    "\n  mutation SetPostLinkRule($postId: ID!, $rule: MultiLinkRule) {\n    setPostLinkRule(postId: $postId, rule: $rule) { id status linkRule trackerProgress { total done rule } }\n  }\n": types.SetPostLinkRuleDocument,
    "\n  query SyncHealth($limit: Int!) {\n    syncHealth(limit: $limit) {\n      failedLinks\n      retryingLinks\n      pendingLinks\n      connections {\n        level failedLinks retryingLinks pendingLinks failedDeliveries lastDeliveryAt\n        connection { id name kind lastSyncedAt lastSyncError verifiedAt }\n      }\n      links { ...TrackerLinkFields post { id title } }\n      deliveries { id deliveryId state detail receivedAt processedAt }\n      jobs { id name state error createdOn }\n    }\n  }\n": types.SyncHealthDocument,
    "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) { id deliveryId state detail receivedAt processedAt }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  mutation RetryTrackerJob($jobId: ID!) {\n    retryTrackerJob(jobId: $jobId)\n  }\n": types.RetryTrackerJobDocument,
    "\n  query CommunityReport($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {\n    communityReport(from: $from, to: $to, board: $board, kind: $kind) {\n      from\n      to\n      previousFrom\n      counts { metric value previous changePercent series { weekStart value } }\n      hoursToFirstResponse { value previous changePercent }\n      hoursToTriage { value previous changePercent }\n      daysToShip { value previous changePercent }\n      topPostsLinkedShare\n      topUnlinkedPosts { id title kind status voteCount commentCount board { id name } }\n      topTags { tag { id name color } value previous changePercent }\n      gainers { votes post { id title kind status board { id name } } }\n      hotTopics { label tag { id name } value previous }\n    }\n  }\n": types.CommunityReportDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    displayName\n    email\n    role\n    createdAt\n    activity { posts comments votes }\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  query Members($search: String, $first: Int!) {\n    members(search: $search, first: $first) { ...MemberSummary }\n  }\n": types.MembersDocument,
    "\n  query Member($id: ID!, $first: Int!) {\n    member(id: $id) {\n      ...MemberSummary\n      posts(first: $first) { ...PostSummary }\n      recentComments(first: $first) { id body bodyHtml createdAt visibility post { id title } }\n      votes(first: $first) { createdAt post { ...PostSummary } }\n      following(first: $first) { ...PostSummary }\n      viewerCanSanction\n      staffNote\n      sanctions { ...SanctionFields }\n      staffActions(first: 10) { id action reason createdAt actor { id displayName } }\n      moderationRecord { flagsGiven flagsGivenAgreed flagsReceived flagsReceivedAgreed hiddenPosts hiddenComments }\n      ...MemberTrust\n    }\n  }\n": types.MemberDocument,
    "\n  fragment MemberTrust on Member {\n    trustLevel\n    trustLevelOrigin { since setByStaff kept reason setBy { id displayName } }\n    viewerCanSetTrustLevel\n    signUpIp\n    relatedAccounts { sameSignUpIp sameEmailDomain member { id displayName role createdAt } }\n  }\n": types.MemberTrustFragmentDoc,
    "\n  mutation SetTrustLevel($memberId: ID!, $level: Int!, $reason: String!, $keep: Boolean!) {\n    setTrustLevel(memberId: $memberId, level: $level, reason: $reason, keep: $keep) { id ...MemberTrust }\n  }\n": types.SetTrustLevelDocument,
    "\n  fragment TrustSettingsFields on TrustSettingsView {\n    accountsPerIpPerDay\n    blockedEmailDomains\n    commonEmailDomains\n    levels {\n      level postsPerDay commentsPerDay secondsBetweenPosts secondsBetweenComments linksPerPost votesPerDay\n      promotion { daysSinceJoined daysVisited postsRead acceptedContributions }\n    }\n  }\n": types.TrustSettingsFieldsFragmentDoc,
    "\n  query TrustSettings { trustSettings { ...TrustSettingsFields } }\n": types.TrustSettingsDocument,
    "\n  mutation UpdateTrustSettings($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { ...TrustSettingsFields } }\n": types.UpdateTrustSettingsDocument,
    "\n  fragment SanctionFields on Sanction { id kind reason clause startsAt endsAt liftedAt active actor { id displayName } }\n": types.SanctionFieldsFragmentDoc,
    "\n  mutation WarnMember($memberId: ID!, $clause: String, $message: String!) {\n    warnMember(memberId: $memberId, clause: $clause, message: $message) { ...SanctionFields }\n  }\n": types.WarnMemberDocument,
    "\n  mutation SilenceMember($memberId: ID!, $until: DateTimeISO!, $reason: String!) {\n    silenceMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n": types.SilenceMemberDocument,
    "\n  mutation SuspendMember($memberId: ID!, $until: DateTimeISO, $reason: String!) {\n    suspendMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation LiftSanction($sanctionId: ID!) {\n    liftSanction(sanctionId: $sanctionId) { ...SanctionFields }\n  }\n": types.LiftSanctionDocument,
    "\n  mutation SetMemberStaffNote($memberId: ID!, $note: String!) {\n    setMemberStaffNote(memberId: $memberId, note: $note) { id staffNote }\n  }\n": types.SetMemberStaffNoteDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id action targetType targetId reason before after createdAt actor { id displayName } targetMember { id displayName } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Netiquette {\n    netiquette { version publishedAt bodyHtml clauses { anchor title } }\n  }\n": types.NetiquetteDocument,
    "\n  query NetiquetteVersions {\n    netiquetteVersions { version material publishedAt body bodyHtml clauses { anchor title } publishedBy { id displayName } }\n  }\n": types.NetiquetteVersionsDocument,
    "\n  mutation PublishNetiquette($body: String!, $material: Boolean!) {\n    publishNetiquette(body: $body, material: $material) { version material }\n  }\n": types.PublishNetiquetteDocument,
    "\n  mutation AcceptNetiquette($version: Int!) {\n    acceptNetiquette(version: $version) { ...ViewerFields }\n  }\n": types.AcceptNetiquetteDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": types.SetMemberRoleDocument,
    "\n  fragment VoteFields on Vote {\n    createdAt\n    member { id displayName }\n    castBy { id displayName }\n  }\n": types.VoteFieldsFragmentDoc,
    "\n  query PostVoters($id: ID!) {\n    post(id: $id) { id voteCount voters { ...VoteFields } }\n  }\n": types.PostVotersDocument,
    "\n  mutation VoteOnBehalf($postId: ID!, $memberId: ID!) {\n    voteOnBehalf(postId: $postId, memberId: $memberId) { id voteCount voters { ...VoteFields } }\n  }\n": types.VoteOnBehalfDocument,
    "\n  fragment BoardFields on Board { id name slug description position archivedAt }\n": types.BoardFieldsFragmentDoc,
    "\n  fragment TagFields on Tag { id name description color position archivedAt }\n": types.TagFieldsFragmentDoc,
    "\n  query BoardCatalog {\n    boards(includeArchived: true) { ...BoardFields }\n  }\n": types.BoardCatalogDocument,
    "\n  query TagCatalog {\n    tags(includeArchived: true) { ...TagFields }\n  }\n": types.TagCatalogDocument,
    "\n  mutation CreateBoard($input: BoardInput!) {\n    createBoard(input: $input) { ...BoardFields }\n  }\n": types.CreateBoardDocument,
    "\n  mutation UpdateBoard($id: ID!, $input: UpdateBoardInput!) {\n    updateBoard(id: $id, input: $input) { ...BoardFields }\n  }\n": types.UpdateBoardDocument,
    "\n  mutation ReorderBoards($ids: [ID!]!) {\n    reorderBoards(ids: $ids) { ...BoardFields }\n  }\n": types.ReorderBoardsDocument,
    "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) { ...TagFields }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) { ...TagFields }\n  }\n": types.UpdateTagDocument,
    "\n  mutation ReorderTags($ids: [ID!]!) {\n    reorderTags(ids: $ids) { ...TagFields }\n  }\n": types.ReorderTagsDocument,
    "\n  mutation CreateStatus($input: StatusInput!) {\n    createStatus(input: $input) { ...StatusFields }\n  }\n": types.CreateStatusDocument,
    "\n  mutation UpdateStatus($key: PostStatus!, $input: UpdateStatusInput!) {\n    updateStatus(key: $key, input: $input) { ...StatusFields }\n  }\n": types.UpdateStatusDocument,
    "\n  mutation ReorderStatuses($keys: [PostStatus!]!) {\n    reorderStatuses(keys: $keys) { ...StatusFields }\n  }\n": types.ReorderStatusesDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmail($input: AccountLinkInput!) {\n    verifyEmail(input: $input)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ConfirmEmailChange($input: AccountLinkInput!) {\n    confirmEmailChange(input: $input)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id toAddress subject text htmlSanitized status attempts lastError createdAt sentAt template language }\n    }\n  }\n": types.OutboxDocument,
    "\n  fragment NotificationFields on Notification {\n    id kind category toStatus excerpt createdAt readAt commentId\n    post { id title }\n    changelogEntry { id title }\n    actor { displayName }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationPreview($postId: ID, $postIds: [ID!]) {\n    notificationPreview(postId: $postId, postIds: $postIds) { total emailNow emailDigest inAppOnly }\n  }\n": types.NotificationPreviewDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NotificationFields }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    categories { category inApp email }\n    emailCadence digestHour timeZone allChangelogEntries\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences { ...NotificationPreferencesFields }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...NotificationPreferencesFields }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { categories }\n  }\n": types.UnsubscribeDocument,
    "\n  query WatchedBoards {\n    boards { id viewerWatches }\n  }\n": types.WatchedBoardsDocument,
    "\n  mutation WatchBoard($boardId: ID!, $watch: Boolean!) {\n    watchBoard(boardId: $boardId, watch: $watch) { id viewerWatches }\n  }\n": types.WatchBoardDocument,
    "\n  fragment ChangelogEntryCard on ChangelogEntry {\n    id title bodyHtml coverImageUrl publishedAt\n    category { id name }\n    posts { id title status }\n  }\n": types.ChangelogEntryCardFragmentDoc,
    "\n  query PublicChangelog($first: Int!, $after: String, $categoryId: ID, $boardId: ID) {\n    changelog(first: $first, after: $after, categoryId: $categoryId, boardId: $boardId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ChangelogEntryCard }\n    }\n  }\n": types.PublicChangelogDocument,
    "\n  fragment ChangelogEditorFields on ChangelogEntry {\n    id title body bodyHtml state scheduledFor publishedAt coverImageUrl updatedAt\n    category { id name }\n    posts { id title status voteCount }\n  }\n": types.ChangelogEditorFieldsFragmentDoc,
    "\n  query ChangelogCategories {\n    changelogCategories { id name }\n  }\n": types.ChangelogCategoriesDocument,
    "\n  query ChangelogEditor($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEditorFields }\n    changelogCategories(includeArchived: true) { id name archivedAt }\n  }\n": types.ChangelogEditorDocument,
    "\n  query ChangelogDrafts {\n    changelogDrafts { id title state scheduledFor updatedAt category { name } author { displayName } posts { id } }\n  }\n": types.ChangelogDraftsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
    "\n  query ChangelogNotificationPreview($id: ID!) {\n    changelogNotificationPreview(id: $id) { total emailNow emailDigest inAppOnly }\n  }\n": types.ChangelogNotificationPreviewDocument,
    "\n  query PostPicker($search: String!) {\n    posts(first: 8, sort: TOP, filter: { search: $search }) { nodes { id title status voteCount } }\n  }\n": types.PostPickerDocument,
    "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) { ...ChangelogEditorFields }\n  }\n": types.CreateChangelogEntryDocument,
    "\n  mutation UpdateChangelogEntry($id: ID!, $input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(id: $id, input: $input) { ...ChangelogEditorFields }\n  }\n": types.UpdateChangelogEntryDocument,
    "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n": types.PublishChangelogEntryDocument,
    "\n  mutation UnpublishChangelogEntry($id: ID!) {\n    unpublishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n": types.UnpublishChangelogEntryDocument,
    "\n  mutation ScheduleChangelogEntry($id: ID!, $at: DateTimeISO!) {\n    scheduleChangelogEntry(id: $id, at: $at) { ...ChangelogEditorFields }\n  }\n": types.ScheduleChangelogEntryDocument,
    "\n  mutation CancelChangelogSchedule($id: ID!) {\n    cancelChangelogSchedule(id: $id) { ...ChangelogEditorFields }\n  }\n": types.CancelChangelogScheduleDocument,
    "\n  query PublicChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEntryCard }\n  }\n": types.PublicChangelogEntryDocument,
    "\n  query WhatsNewCount($since: DateTimeISO) {\n    whatsNewCount(since: $since)\n  }\n": types.WhatsNewCountDocument,
    "\n  mutation MarkChangelogSeen {\n    markChangelogSeen\n  }\n": types.MarkChangelogSeenDocument,
    "\n  query ChangelogSubscription {\n    notificationPreferences { allChangelogEntries }\n  }\n": types.ChangelogSubscriptionDocument,
    "\n  mutation SetChangelogSubscription($all: Boolean!) {\n    updateNotificationPreferences(input: { allChangelogEntries: $all }) { allChangelogEntries }\n  }\n": types.SetChangelogSubscriptionDocument,
    "\n  query ModerationSettings($holding: Boolean!, $words: Boolean!) {\n    holdSettings @include(if: $holding) { policy firstPosts }\n    boards(includeArchived: false) @include(if: $holding) { id name holdPolicy }\n    watchedWords @include(if: $words) { id word action createdAt }\n  }\n": types.ModerationSettingsDocument,
    "\n  mutation UpdateHoldSettings($input: HoldSettingsInput!) {\n    updateHoldSettings(input: $input) { policy firstPosts }\n  }\n": types.UpdateHoldSettingsDocument,
    "\n  mutation SetBoardHoldPolicy($id: ID!, $holdPolicy: HoldPolicy!) {\n    updateBoard(id: $id, input: { holdPolicy: $holdPolicy }) { id name holdPolicy }\n  }\n": types.SetBoardHoldPolicyDocument,
    "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) { id word action createdAt }\n  }\n": types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) { id word }\n  }\n": types.RemoveWatchedWordDocument,
    "\n  mutation FlagContent($target: ContentTargetInput!, $reason: FlagReason!, $message: String) {\n    flagContent(target: $target, reason: $reason, message: $message) { id }\n  }\n": types.FlagContentDocument,
    "\n  query ModerationSummary {\n    moderationSummary { held heldOverdue flagged }\n  }\n": types.ModerationSummaryDocument,
    "\n  query ModerationQueue($filter: ModerationQueueFilter!, $first: Int!, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind id held hidden hiddenReason score since overdue authorFlagCount\n        flags { id reason message weight createdAt flagger { id displayName } }\n        post { id title bodyHtml }\n        comment { id bodyHtml }\n        author {\n          ...MemberSummary\n          posts(first: 3) { id title }\n          viewerCanSanction\n          sanctions { ...SanctionFields }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  fragment ModeratedContentFields on ModeratedContent { kind id held hidden hiddenReason }\n": types.ModeratedContentFieldsFragmentDoc,
    "\n  mutation ResolveFlags($target: ContentTargetInput!, $resolution: FlagResolution!, $messageToAuthor: String) {\n    resolveFlags(target: $target, resolution: $resolution, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.ResolveFlagsDocument,
    "\n  mutation HideContent($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) {\n    hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.HideContentDocument,
    "\n  mutation RestoreContent($target: ContentTargetInput!, $messageToAuthor: String) {\n    restoreContent(target: $target, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.RestoreContentDocument,
    "\n  mutation ApprovePost($postId: ID!, $messageToAuthor: String) {\n    approvePost(postId: $postId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.ApprovePostDocument,
    "\n  mutation RejectPost($postId: ID!, $reason: String!, $messageToAuthor: String) {\n    rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.RejectPostDocument,
    "\n  mutation DeleteFlaggedComment($commentId: ID!, $messageToAuthor: String) {\n    deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n": types.DeleteFlaggedCommentDocument,
    "\n  mutation AgreeAndSuspend($target: ContentTargetInput!, $reason: String!, $until: DateTimeISO) {\n    agreeAndSuspend(target: $target, reason: $reason, until: $until) { ...ModeratedContentFields }\n  }\n": types.AgreeAndSuspendDocument,
    "\n  query FlagSettings {\n    flagSettings { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n": types.FlagSettingsDocument,
    "\n  mutation UpdateFlagSettings($input: FlagSettingsInput!) {\n    updateFlagSettings(input: $input) { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n": types.UpdateFlagSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostSummary on Post {\n    id\n    title\n    kind\n    status\n    voteCount\n    viewerHasVoted\n    commentCount\n    createdAt\n    moderationState\n    board { id name slug }\n    tags { id name color }\n    author { id displayName }\n  }\n"): typeof import('./graphql').PostSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Member {\n    id displayName email role createdAt emailVerified emailBouncing netiquetteDue\n    activeSanction { id kind reason endsAt }\n    can {\n      triage setPostStatus tagPosts movePosts mergePosts manageBoardsAndTags\n      viewTrackerConnections manageTrackerConnections editStatusMapping linkIssues viewSyncHealth repairSync\n      viewDashboard viewMembers setRoles manageStatuses viewOutbox watchBoards writeChangelog\n      sanctionMembers readAuditLog configureHolding watchWords writeNetiquette moderate reviewHeldPosts manageFlagSettings editTrustSettings\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { ...ViewerFields }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusFields on Status { key names { en de } color category position onRoadmap public archivedAt settable reserved }\n"): typeof import('./graphql').StatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Navigation {\n    boards { id name slug description }\n    tags { id name color }\n    statuses(includeArchived: true) { ...StatusFields }\n  }\n"): typeof import('./graphql').NavigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts($first: Int!, $after: String, $sort: PostSort!, $filter: PostFilter) {\n    posts(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      approximate\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PostSummary }\n    }\n  }\n"): typeof import('./graphql').PostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap($first: Int!, $boardId: ID, $kind: PostKind) {\n    roadmap(first: $first, boardId: $boardId, kind: $kind) {\n      status { ...StatusFields }\n      totalCount\n      posts { ...PostSummary shippedAt answeredIn { id title } }\n    }\n  }\n"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackerLinkFields on TrackerLink {\n    id\n    state\n    issueKey\n    issueUrl\n    issueTitle\n    requestedKey\n    trackerStateName\n    mappedStatus\n    lastError\n    attempts\n    nextAttemptAt\n    createdAt\n    connection { id name kind }\n  }\n"): typeof import('./graphql').TrackerLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id parentId body bodyHtml createdAt editedAt deletedAt visibility hiddenAt hiddenReason viewerHasFlagged\n    viewerCan { edit delete flag }\n    author { id displayName staff }\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostViewerCan on PostCapabilities {\n    edit setStatus postUpdate tag move merge writeInternalNote voteOnBehalf seeVoters linkIssue setLinkRule flag\n  }\n"): typeof import('./graphql').PostViewerCanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostDetail on Post {\n    ...PostSummary\n    body\n    bodyHtml\n    updatedAt\n    editedAt\n    shippedAt\n    viewerFollow { level reason }\n    viewerCan { ...PostViewerCan }\n    viewerHasFlagged\n    moderationState\n    moderationReason\n    linkRule\n    author { id displayName role }\n    mergedInto { id title status }\n    bug { stepsToReproduce stepsToReproduceHtml expected expectedHtml actual actualHtml environment severity }\n    usability { location goal goalHtml obstacle obstacleHtml }\n    comments { ...CommentFields }\n    timeline {\n      id type source trackerName createdAt fromStatus toStatus publicNote publicNoteHtml internalDetails\n      actor { id displayName role }\n      relatedPost { id title }\n      changelogEntry { id title }\n    }\n    answeredIn { id title }\n    trackerProgress { total done rule }\n    trackerLinks { ...TrackerLinkFields }\n  }\n"): typeof import('./graphql').PostDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) { ...PostDetail }\n  }\n"): typeof import('./graphql').PostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostChanged($id: ID!) {\n    postChanged(id: $id) { ...PostDetail }\n  }\n"): typeof import('./graphql').PostChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarPosts($input: SimilarPostsInput!) {\n    similarPosts(input: $input) { ...PostSummary }\n  }\n"): typeof import('./graphql').SimilarPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($postId: ID!) {\n    vote(postId: $postId) { id voteCount viewerHasVoted viewerFollows }\n  }\n"): typeof import('./graphql').VoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unvote($postId: ID!) {\n    unvote(postId: $postId) { id voteCount viewerHasVoted }\n  }\n"): typeof import('./graphql').UnvoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowLevel($postId: ID!, $level: FollowLevel!) {\n    setFollowLevel(postId: $postId, level: $level) { id viewerFollow { level reason } }\n  }\n"): typeof import('./graphql').SetFollowLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n"): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) { ...CommentFields }\n  }\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) { id title body bodyHtml editedAt viewerCan { ...PostViewerCan } }\n  }\n"): typeof import('./graphql').EditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { id body bodyHtml deletedAt viewerCan { edit delete flag } }\n  }\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) { id moderationState }\n  }\n"): typeof import('./graphql').SubmitPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { ...ViewerFields }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { ...ViewerFields }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    myApiTokens { id name createdAt lastUsedAt revokedAt }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name createdAt lastUsedAt revokedAt } }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostStatus($postId: ID!, $status: PostStatus!, $input: NoteInput) {\n    setPostStatus(postId: $postId, status: $status, input: $input) { id status }\n  }\n"): typeof import('./graphql').SetPostStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostUpdate($postId: ID!, $input: RequiredNoteInput!) {\n    postUpdate(postId: $postId, input: $input) { id }\n  }\n"): typeof import('./graphql').PostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagPost($postId: ID!, $tagId: ID!) {\n    tagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n"): typeof import('./graphql').TagPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntagPost($postId: ID!, $tagId: ID!) {\n    untagPost(postId: $postId, tagId: $tagId) { id tags { id name color } }\n  }\n"): typeof import('./graphql').UntagPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePost($postId: ID!, $boardId: ID!) {\n    movePost(postId: $postId, boardId: $boardId) { id board { id name slug } }\n  }\n"): typeof import('./graphql').MovePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePosts($duplicateId: ID!, $targetId: ID!, $input: NoteInput) {\n    mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) { id voteCount status }\n  }\n"): typeof import('./graphql').MergePostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackerConnectionFields on TrackerConnection {\n    id\n    kind\n    name\n    baseUrl\n    email\n    projectKey\n    issueType\n    teamId\n    settings { key value }\n    hasWebhookSecret\n    webhookUrl\n    multiLinkRule\n    lastSyncedAt\n    lastSyncError\n    verifiedAt\n    createdAt\n    statusMapping { stateId stateName category status defaultStatus isDefault }\n  }\n"): typeof import('./graphql').TrackerConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackerKindFields on TrackerKindDescription {\n    kind\n    name\n    addLabel { en de }\n    webhookHelp { en de }\n    settings { key secret required format maxLength placeholder initialValue advanced label { en de } hint { en de } }\n  }\n"): typeof import('./graphql').TrackerKindFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackerConnections {\n    trackerConnections { ...TrackerConnectionFields }\n    trackerKinds { ...TrackerKindFields }\n  }\n"): typeof import('./graphql').TrackerConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackerConnectionNames {\n    trackerConnections { id kind name }\n  }\n"): typeof import('./graphql').TrackerConnectionNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrackerConnection($kind: TrackerKind!, $input: TrackerConnectionInput!) {\n    createTrackerConnection(kind: $kind, input: $input) { ...TrackerConnectionFields }\n  }\n"): typeof import('./graphql').CreateTrackerConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrackerConnection($id: ID!, $input: TrackerConnectionInput!) {\n    updateTrackerConnection(id: $id, input: $input) { ...TrackerConnectionFields }\n  }\n"): typeof import('./graphql').UpdateTrackerConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrackerConnection($id: ID!) {\n    deleteTrackerConnection(id: $id)\n  }\n"): typeof import('./graphql').DeleteTrackerConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTrackerConnection($id: ID!) {\n    testTrackerConnection(id: $id) { ok message }\n  }\n"): typeof import('./graphql').TestTrackerConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrackerStatusMapping($connectionId: ID!, $input: StatusMappingInput!) {\n    setTrackerStatusMapping(connectionId: $connectionId, input: $input) { ...TrackerConnectionFields }\n  }\n"): typeof import('./graphql').SetTrackerStatusMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrackerIssue($postId: ID!, $connectionId: ID!) {\n    createTrackerIssue(postId: $postId, connectionId: $connectionId) { ...TrackerLinkFields }\n  }\n"): typeof import('./graphql').CreateTrackerIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTrackerIssue($postId: ID!, $input: LinkIssueInput!) {\n    linkTrackerIssue(postId: $postId, input: $input) { ...TrackerLinkFields }\n  }\n"): typeof import('./graphql').LinkTrackerIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTrackerIssue($linkId: ID!) {\n    unlinkTrackerIssue(linkId: $linkId) { id status linkRule trackerProgress { total done rule } trackerLinks { ...TrackerLinkFields } }\n  }\n"): typeof import('./graphql').UnlinkTrackerIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTrackerLink($linkId: ID!) {\n    retryTrackerLink(linkId: $linkId) { ...TrackerLinkFields }\n  }\n"): typeof import('./graphql').RetryTrackerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostLinkRule($postId: ID!, $rule: MultiLinkRule) {\n    setPostLinkRule(postId: $postId, rule: $rule) { id status linkRule trackerProgress { total done rule } }\n  }\n"): typeof import('./graphql').SetPostLinkRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncHealth($limit: Int!) {\n    syncHealth(limit: $limit) {\n      failedLinks\n      retryingLinks\n      pendingLinks\n      connections {\n        level failedLinks retryingLinks pendingLinks failedDeliveries lastDeliveryAt\n        connection { id name kind lastSyncedAt lastSyncError verifiedAt }\n      }\n      links { ...TrackerLinkFields post { id title } }\n      deliveries { id deliveryId state detail receivedAt processedAt }\n      jobs { id name state error createdOn }\n    }\n  }\n"): typeof import('./graphql').SyncHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($deliveryId: ID!) {\n    replayWebhookDelivery(deliveryId: $deliveryId) { id deliveryId state detail receivedAt processedAt }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTrackerJob($jobId: ID!) {\n    retryTrackerJob(jobId: $jobId)\n  }\n"): typeof import('./graphql').RetryTrackerJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityReport($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {\n    communityReport(from: $from, to: $to, board: $board, kind: $kind) {\n      from\n      to\n      previousFrom\n      counts { metric value previous changePercent series { weekStart value } }\n      hoursToFirstResponse { value previous changePercent }\n      hoursToTriage { value previous changePercent }\n      daysToShip { value previous changePercent }\n      topPostsLinkedShare\n      topUnlinkedPosts { id title kind status voteCount commentCount board { id name } }\n      topTags { tag { id name color } value previous changePercent }\n      gainers { votes post { id title kind status board { id name } } }\n      hotTopics { label tag { id name } value previous }\n    }\n  }\n"): typeof import('./graphql').CommunityReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummary on Member {\n    id\n    displayName\n    email\n    role\n    createdAt\n    activity { posts comments votes }\n  }\n"): typeof import('./graphql').MemberSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($search: String, $first: Int!) {\n    members(search: $search, first: $first) { ...MemberSummary }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!, $first: Int!) {\n    member(id: $id) {\n      ...MemberSummary\n      posts(first: $first) { ...PostSummary }\n      recentComments(first: $first) { id body bodyHtml createdAt visibility post { id title } }\n      votes(first: $first) { createdAt post { ...PostSummary } }\n      following(first: $first) { ...PostSummary }\n      viewerCanSanction\n      staffNote\n      sanctions { ...SanctionFields }\n      staffActions(first: 10) { id action reason createdAt actor { id displayName } }\n      moderationRecord { flagsGiven flagsGivenAgreed flagsReceived flagsReceivedAgreed hiddenPosts hiddenComments }\n      ...MemberTrust\n    }\n  }\n"): typeof import('./graphql').MemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberTrust on Member {\n    trustLevel\n    trustLevelOrigin { since setByStaff kept reason setBy { id displayName } }\n    viewerCanSetTrustLevel\n    signUpIp\n    relatedAccounts { sameSignUpIp sameEmailDomain member { id displayName role createdAt } }\n  }\n"): typeof import('./graphql').MemberTrustFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrustLevel($memberId: ID!, $level: Int!, $reason: String!, $keep: Boolean!) {\n    setTrustLevel(memberId: $memberId, level: $level, reason: $reason, keep: $keep) { id ...MemberTrust }\n  }\n"): typeof import('./graphql').SetTrustLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustSettingsFields on TrustSettingsView {\n    accountsPerIpPerDay\n    blockedEmailDomains\n    commonEmailDomains\n    levels {\n      level postsPerDay commentsPerDay secondsBetweenPosts secondsBetweenComments linksPerPost votesPerDay\n      promotion { daysSinceJoined daysVisited postsRead acceptedContributions }\n    }\n  }\n"): typeof import('./graphql').TrustSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustSettings { trustSettings { ...TrustSettingsFields } }\n"): typeof import('./graphql').TrustSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrustSettings($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { ...TrustSettingsFields } }\n"): typeof import('./graphql').UpdateTrustSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SanctionFields on Sanction { id kind reason clause startsAt endsAt liftedAt active actor { id displayName } }\n"): typeof import('./graphql').SanctionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarnMember($memberId: ID!, $clause: String, $message: String!) {\n    warnMember(memberId: $memberId, clause: $clause, message: $message) { ...SanctionFields }\n  }\n"): typeof import('./graphql').WarnMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SilenceMember($memberId: ID!, $until: DateTimeISO!, $reason: String!) {\n    silenceMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n"): typeof import('./graphql').SilenceMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!, $until: DateTimeISO, $reason: String!) {\n    suspendMember(memberId: $memberId, until: $until, reason: $reason) { ...SanctionFields }\n  }\n"): typeof import('./graphql').SuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSanction($sanctionId: ID!) {\n    liftSanction(sanctionId: $sanctionId) { ...SanctionFields }\n  }\n"): typeof import('./graphql').LiftSanctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberStaffNote($memberId: ID!, $note: String!) {\n    setMemberStaffNote(memberId: $memberId, note: $note) { id staffNote }\n  }\n"): typeof import('./graphql').SetMemberStaffNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id action targetType targetId reason before after createdAt actor { id displayName } targetMember { id displayName } }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Netiquette {\n    netiquette { version publishedAt bodyHtml clauses { anchor title } }\n  }\n"): typeof import('./graphql').NetiquetteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetiquetteVersions {\n    netiquetteVersions { version material publishedAt body bodyHtml clauses { anchor title } publishedBy { id displayName } }\n  }\n"): typeof import('./graphql').NetiquetteVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNetiquette($body: String!, $material: Boolean!) {\n    publishNetiquette(body: $body, material: $material) { version material }\n  }\n"): typeof import('./graphql').PublishNetiquetteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNetiquette($version: Int!) {\n    acceptNetiquette(version: $version) { ...ViewerFields }\n  }\n"): typeof import('./graphql').AcceptNetiquetteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteFields on Vote {\n    createdAt\n    member { id displayName }\n    castBy { id displayName }\n  }\n"): typeof import('./graphql').VoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostVoters($id: ID!) {\n    post(id: $id) { id voteCount voters { ...VoteFields } }\n  }\n"): typeof import('./graphql').PostVotersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteOnBehalf($postId: ID!, $memberId: ID!) {\n    voteOnBehalf(postId: $postId, memberId: $memberId) { id voteCount voters { ...VoteFields } }\n  }\n"): typeof import('./graphql').VoteOnBehalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFields on Board { id name slug description position archivedAt }\n"): typeof import('./graphql').BoardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagFields on Tag { id name description color position archivedAt }\n"): typeof import('./graphql').TagFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCatalog {\n    boards(includeArchived: true) { ...BoardFields }\n  }\n"): typeof import('./graphql').BoardCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagCatalog {\n    tags(includeArchived: true) { ...TagFields }\n  }\n"): typeof import('./graphql').TagCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoard($input: BoardInput!) {\n    createBoard(input: $input) { ...BoardFields }\n  }\n"): typeof import('./graphql').CreateBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBoard($id: ID!, $input: UpdateBoardInput!) {\n    updateBoard(id: $id, input: $input) { ...BoardFields }\n  }\n"): typeof import('./graphql').UpdateBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderBoards($ids: [ID!]!) {\n    reorderBoards(ids: $ids) { ...BoardFields }\n  }\n"): typeof import('./graphql').ReorderBoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: TagInput!) {\n    createTag(input: $input) { ...TagFields }\n  }\n"): typeof import('./graphql').CreateTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) { ...TagFields }\n  }\n"): typeof import('./graphql').UpdateTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderTags($ids: [ID!]!) {\n    reorderTags(ids: $ids) { ...TagFields }\n  }\n"): typeof import('./graphql').ReorderTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStatus($input: StatusInput!) {\n    createStatus(input: $input) { ...StatusFields }\n  }\n"): typeof import('./graphql').CreateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStatus($key: PostStatus!, $input: UpdateStatusInput!) {\n    updateStatus(key: $key, input: $input) { ...StatusFields }\n  }\n"): typeof import('./graphql').UpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderStatuses($keys: [PostStatus!]!) {\n    reorderStatuses(keys: $keys) { ...StatusFields }\n  }\n"): typeof import('./graphql').ReorderStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: AccountLinkInput!) {\n    verifyEmail(input: $input)\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: AccountLinkInput!) {\n    confirmEmailChange(input: $input)\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input)\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id toAddress subject text htmlSanitized status attempts lastError createdAt sentAt template language }\n    }\n  }\n"): typeof import('./graphql').OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id kind category toStatus excerpt createdAt readAt commentId\n    post { id title }\n    changelogEntry { id title }\n    actor { displayName }\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreview($postId: ID, $postIds: [ID!]) {\n    notificationPreview(postId: $postId, postIds: $postIds) { total emailNow emailDigest inAppOnly }\n  }\n"): typeof import('./graphql').NotificationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NotificationFields }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    categories { category inApp email }\n    emailCadence digestHour timeZone allChangelogEntries\n  }\n"): typeof import('./graphql').NotificationPreferencesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences { ...NotificationPreferencesFields }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...NotificationPreferencesFields }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { categories }\n  }\n"): typeof import('./graphql').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchedBoards {\n    boards { id viewerWatches }\n  }\n"): typeof import('./graphql').WatchedBoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchBoard($boardId: ID!, $watch: Boolean!) {\n    watchBoard(boardId: $boardId, watch: $watch) { id viewerWatches }\n  }\n"): typeof import('./graphql').WatchBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangelogEntryCard on ChangelogEntry {\n    id title bodyHtml coverImageUrl publishedAt\n    category { id name }\n    posts { id title status }\n  }\n"): typeof import('./graphql').ChangelogEntryCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicChangelog($first: Int!, $after: String, $categoryId: ID, $boardId: ID) {\n    changelog(first: $first, after: $after, categoryId: $categoryId, boardId: $boardId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ChangelogEntryCard }\n    }\n  }\n"): typeof import('./graphql').PublicChangelogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangelogEditorFields on ChangelogEntry {\n    id title body bodyHtml state scheduledFor publishedAt coverImageUrl updatedAt\n    category { id name }\n    posts { id title status voteCount }\n  }\n"): typeof import('./graphql').ChangelogEditorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogCategories {\n    changelogCategories { id name }\n  }\n"): typeof import('./graphql').ChangelogCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogEditor($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEditorFields }\n    changelogCategories(includeArchived: true) { id name archivedAt }\n  }\n"): typeof import('./graphql').ChangelogEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogDrafts {\n    changelogDrafts { id title state scheduledFor updatedAt category { name } author { displayName } posts { id } }\n  }\n"): typeof import('./graphql').ChangelogDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): typeof import('./graphql').PreviewMarkdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogNotificationPreview($id: ID!) {\n    changelogNotificationPreview(id: $id) { total emailNow emailDigest inAppOnly }\n  }\n"): typeof import('./graphql').ChangelogNotificationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPicker($search: String!) {\n    posts(first: 8, sort: TOP, filter: { search: $search }) { nodes { id title status voteCount } }\n  }\n"): typeof import('./graphql').PostPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').CreateChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChangelogEntry($id: ID!, $input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(id: $id, input: $input) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').UpdateChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').PublishChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishChangelogEntry($id: ID!) {\n    unpublishChangelogEntry(id: $id) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').UnpublishChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleChangelogEntry($id: ID!, $at: DateTimeISO!) {\n    scheduleChangelogEntry(id: $id, at: $at) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').ScheduleChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelChangelogSchedule($id: ID!) {\n    cancelChangelogSchedule(id: $id) { ...ChangelogEditorFields }\n  }\n"): typeof import('./graphql').CancelChangelogScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) { ...ChangelogEntryCard }\n  }\n"): typeof import('./graphql').PublicChangelogEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatsNewCount($since: DateTimeISO) {\n    whatsNewCount(since: $since)\n  }\n"): typeof import('./graphql').WhatsNewCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChangelogSeen {\n    markChangelogSeen\n  }\n"): typeof import('./graphql').MarkChangelogSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogSubscription {\n    notificationPreferences { allChangelogEntries }\n  }\n"): typeof import('./graphql').ChangelogSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChangelogSubscription($all: Boolean!) {\n    updateNotificationPreferences(input: { allChangelogEntries: $all }) { allChangelogEntries }\n  }\n"): typeof import('./graphql').SetChangelogSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSettings($holding: Boolean!, $words: Boolean!) {\n    holdSettings @include(if: $holding) { policy firstPosts }\n    boards(includeArchived: false) @include(if: $holding) { id name holdPolicy }\n    watchedWords @include(if: $words) { id word action createdAt }\n  }\n"): typeof import('./graphql').ModerationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHoldSettings($input: HoldSettingsInput!) {\n    updateHoldSettings(input: $input) { policy firstPosts }\n  }\n"): typeof import('./graphql').UpdateHoldSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoardHoldPolicy($id: ID!, $holdPolicy: HoldPolicy!) {\n    updateBoard(id: $id, input: { holdPolicy: $holdPolicy }) { id name holdPolicy }\n  }\n"): typeof import('./graphql').SetBoardHoldPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) { id word action createdAt }\n  }\n"): typeof import('./graphql').AddWatchedWordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) { id word }\n  }\n"): typeof import('./graphql').RemoveWatchedWordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagContent($target: ContentTargetInput!, $reason: FlagReason!, $message: String) {\n    flagContent(target: $target, reason: $reason, message: $message) { id }\n  }\n"): typeof import('./graphql').FlagContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSummary {\n    moderationSummary { held heldOverdue flagged }\n  }\n"): typeof import('./graphql').ModerationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($filter: ModerationQueueFilter!, $first: Int!, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        kind id held hidden hiddenReason score since overdue authorFlagCount\n        flags { id reason message weight createdAt flagger { id displayName } }\n        post { id title bodyHtml }\n        comment { id bodyHtml }\n        author {\n          ...MemberSummary\n          posts(first: 3) { id title }\n          viewerCanSanction\n          sanctions { ...SanctionFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModeratedContentFields on ModeratedContent { kind id held hidden hiddenReason }\n"): typeof import('./graphql').ModeratedContentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlags($target: ContentTargetInput!, $resolution: FlagResolution!, $messageToAuthor: String) {\n    resolveFlags(target: $target, resolution: $resolution, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').ResolveFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) {\n    hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').HideContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContent($target: ContentTargetInput!, $messageToAuthor: String) {\n    restoreContent(target: $target, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').RestoreContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePost($postId: ID!, $messageToAuthor: String) {\n    approvePost(postId: $postId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').ApprovePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPost($postId: ID!, $reason: String!, $messageToAuthor: String) {\n    rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').RejectPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFlaggedComment($commentId: ID!, $messageToAuthor: String) {\n    deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').DeleteFlaggedCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeAndSuspend($target: ContentTargetInput!, $reason: String!, $until: DateTimeISO) {\n    agreeAndSuspend(target: $target, reason: $reason, until: $until) { ...ModeratedContentFields }\n  }\n"): typeof import('./graphql').AgreeAndSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagSettings {\n    flagSettings { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n"): typeof import('./graphql').FlagSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFlagSettings($input: FlagSettingsInput!) {\n    updateFlagSettings(input: $input) { hideThreshold levels { trustLevel weight dailyLimit } }\n  }\n"): typeof import('./graphql').UpdateFlagSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
