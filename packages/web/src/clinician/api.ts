/**
 * The clinicians' calls to the API, typed from the server's own schemas, over the app's one client
 * (its session and CSRF token). Here rather than in `api/client.ts`, so a patient's first load
 * carries none of them.
 */
import type * as Api from '@wandelcoach/server/api-types';
import type { ApiClient, SessionAnswer } from '../api/client.js';

export type Practice = Api.PracticesAnswer['practices'][number];
export type Member = Api.MemberAnswer;
export type PatientInvite = Api.PatientInviteAnswer;
export type SecondFactorSetup = Api.SecondFactorSetupAnswer;

export function clinicianApi(api: ApiClient) {
  return {
    /** Joins a practice with a mailed invitation's token, and signs in. */
    async joinPractice(input: Api.MemberInviteAcceptRequest): Promise<SessionAnswer> {
      return api.signedInWith(await api.call<SessionAnswer>('POST', '/practice-invites/accept', input));
    },
    async practices(): Promise<Practice[]> {
      return (await api.call<Api.PracticesAnswer>('GET', '/practices')).practices;
    },
    setUpSecondFactor(): Promise<SecondFactorSetup> {
      return api.call<SecondFactorSetup>('POST', '/clinician/second-factor/setup');
    },
    async confirmSecondFactor(code: string): Promise<string[]> {
      const body: Api.SecondFactorConfirmRequest = { code };
      return (await api.call<Api.RecoveryCodesAnswer>('POST', '/clinician/second-factor/confirm', body))
        .recoveryCodes;
    },
    async verifySecondFactor(proof: Api.SecondFactorVerifyRequest): Promise<void> {
      await api.call('POST', '/clinician/second-factor/verify', proof);
    },
    async actFor(practiceId: string): Promise<void> {
      const body: Api.ActingPracticeRequest = { practiceId };
      await api.call('PUT', '/clinician/practice', body);
    },
    async members(practiceId: string): Promise<Member[]> {
      return (await api.call<Api.MembersAnswer>('GET', `/practices/${practiceId}/members`)).members;
    },
    async inviteMember(practiceId: string, invite: Api.MemberInviteRequest): Promise<void> {
      await api.call('POST', `/practices/${practiceId}/invites`, invite);
    },
    changeRoles(practiceId: string, accountId: string, roles: Api.MemberRolesRequest): Promise<Member> {
      return api.call<Member>('PATCH', `/practices/${practiceId}/members/${accountId}`, roles);
    },
    async removeMember(practiceId: string, accountId: string): Promise<void> {
      await api.call('DELETE', `/practices/${practiceId}/members/${accountId}`);
    },
    /** A member who lost their phone sets up the authenticator app again at their next sign-in. */
    async resetSecondFactor(practiceId: string, accountId: string): Promise<void> {
      await api.call('DELETE', `/practices/${practiceId}/members/${accountId}/second-factor`);
    },
    invitePatient(invite: Api.PatientInviteRequest): Promise<PatientInvite> {
      return api.call<PatientInvite>('POST', '/clinician/patient-invites', invite);
    },
    async patientInvites(): Promise<PatientInvite[]> {
      return (await api.call<Api.PatientInvitesAnswer>('GET', '/clinician/patient-invites')).invites;
    },
  };
}

export type ClinicianApi = ReturnType<typeof clinicianApi>;
