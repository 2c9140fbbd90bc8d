/** The outcome measures' answers and requests (`/me/outcome-measures`): the server's own types. */
import type * as Api from '@wandelcoach/server/api-types';

export type OutcomeMeasures = Api.OutcomesAnswer;
export type OutcomeAnswer = Api.OutcomeAnswer;
export type OutcomeAnswerRequest = Api.OutcomeAnswerRequest;
/** What is due today: the timepoint, the activities named before (to rate again), whether to compare. */
export type OutcomeDue = NonNullable<OutcomeMeasures['due']>;
export type OutcomeTimepoint = OutcomeDue['timepoint'];
