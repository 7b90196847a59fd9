/** The offers list: status, deadlines, reminders, accepting an offer as current pay. */
export const en = {
  title: 'Your offers',
  add: 'Add an offer',
  empty: {
    title: 'No offers yet',
    text: 'When an offer arrives, add it and paste the pay as the recruiter wrote it (“60-70k × 15薪”, “年薪 150-200w”): Tidemark reads it, weighs the move’s risk the way the article does and says what to do. Then track its status and deadline here.',
  },
  columns: {
    offer: 'Offer',
    status: 'Status',
    deadline: 'Deadline',
    verdict: 'Verdict',
  },
  caption: 'Your offers with their status, deadline and verdict',
  /** Accepted, declined and expired offers, folded under the live ones (trial 18 #6). */
  closed: {
    summary_one: 'Closed offer ({{count}})',
    summary_other: 'Closed offers ({{count}})',
    caption:
      'Your closed offers (accepted, declined or expired) with their status, deadline and verdict',
    noneLive: 'No offer is under way: the closed ones are below.',
  },
  statusLabel: 'Status of the offer from {{company}}',
  statuses: {
    considering: 'Considering',
    negotiating: 'Negotiating',
    accepted: 'Accepted',
    declined: 'Declined',
    expired: 'Expired',
  },
  since: 'since {{date}}',
  pendingHint: 'Not saved yet: Enter or Tab saves it, Esc undoes.',
  noDeadline: 'No deadline',
  daysLeft: {
    left_one: '{{count}} day left',
    left_other: '{{count}} days left',
    today: 'Due today',
    overdue_one: '{{count}} day overdue',
    overdue_other: '{{count}} days overdue',
    mistyped: 'Check this date: it looks mistyped',
  },
  recommendations: {
    accept: 'Accept',
    acceptUnjudged: 'Accept, pay not judged',
    negotiate: 'Negotiate',
    'wait-and-watch': 'Wait and watch',
    decline: 'Decline',
  },
  risk: {
    low: 'low risk',
    medium: 'medium risk',
    high: 'high risk',
  },
  verdict: '{{recommendation}} · {{risk}} ({{score}} of 100)',
  /** A closed offer's (accepted, declined, expired): what Tidemark said, not a step to take. */
  verdictClosed: 'Tidemark’s verdict: {{recommendation}} · {{risk}} ({{score}} of 100)',
  payUnreadable: 'The pay could not be read: open the offer to correct it.',
  /** The pay was read; only its currency's rate is missing (new-user trial 21 #4). */
  payNoRate: 'Not counted yet: no {{currency}} rate. Open the offer to set it.',
  /** Under a verdict judged on figures converted at a rate of the wrong size (pick31's review):
   *  the list read "Accept" for a raise of +10,940% with nothing to say why. */
  rateWrong:
    'Judged at {{rate}} yuan per {{currency}}, a rate that looks wrong (1 {{currency}} is about {{typical}} yuan): open the offer to fix it.',
  /** Above the list: every verdict is judged against the current pay (review 31 #2). */
  currentRateWrong:
    'Every verdict below is judged against your current pay, counted at {{rate}} yuan per {{currency}}, a rate that looks wrong: correct it in your profile under Skills.',
  currentOptionsRateWrong:
    'Every verdict below is judged against your current pay, its options counted at {{rate}} yuan per {{currency}}, a rate that looks wrong: correct it in your profile under Skills.',
  optionsRateWrong:
    'Its options judged at {{rate}} yuan per {{currency}}, a rate that looks wrong (1 {{currency}} is about {{typical}} yuan): open the offer to fix it.',
  saved: 'The offer from {{company}} is now “{{status}}”.',
  saveFailed: 'The status could not be saved: {{detail}}',
  accept: {
    title: 'Accept the offer from {{company}}?',
    pending:
      'Accepting the offer from {{company}}: choose below whether its pay becomes your current pay.',
    makeCurrent:
      'Its pay can become your current pay ({{pay}} in a typical year), so the assessment measures raises and later offers from the new job.',
    currentNow: 'Your current pay now: {{pay}}.',
    noCurrentNow: 'No current pay is saved yet.',
    unreadable:
      'Its pay could not be read, so it cannot become your current pay: correct it in the offer first.',
    noRate:
      'Its pay is in {{currency}}, with no rate set yet, so it cannot become your current pay: set the rate in the offer first.',
    noProfile: 'To make its pay your current pay, save your profile first.',
    profileLink: 'Fill in your profile',
    acceptAndPay: 'Accept and make it my current pay',
    acceptOnly: 'Only mark it accepted',
    cancel: 'Cancel',
    done: 'The offer from {{company}} is accepted, and its pay is now your current pay.',
  },
  reminders: {
    remindMe: 'Remind me',
    ask: 'Get a desktop notification two days and one day before each deadline.',
    on: 'Desktop reminders are on: two days and one day before each deadline, and when one passes.',
    denied:
      'Notifications are blocked for this page. To get reminders, allow them in the browser’s site settings; meanwhile the notices at the foot of the window list every offer due within {{days}} days or overdue, on every screen.',
    unsupported:
      'This browser cannot show notifications; the notices at the foot of the window still list every offer due within {{days}} days or overdue, on every screen.',
  },
  banner: {
    title_one: 'An offer needs your answer soon',
    title_other: '{{count}} offers need your answer soon',
    overdue_one: 'An offer is past its deadline',
    overdue_other: '{{count}} offers are past their deadline',
    alsoSoon_one: '; 1 more needs your answer soon',
    alsoSoon_other: '; {{count}} more need your answer soon',
    item: '{{days}}, {{date}}',
  },
  notification: {
    title: '{{offer}}: offer deadline',
    'two-days': 'Answer due in 2 days, on {{date}}.',
    'one-day': 'Answer due tomorrow, {{date}}.',
    today: 'Answer due today, {{date}}.',
    overdue: 'The deadline passed on {{date}}: answer, or mark the offer expired.',
  },
}
