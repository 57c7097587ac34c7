import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RootLayout } from '../shell/RootLayout';
import { RouteError } from '../shell/RouteError';
import { MODULE_ROUTES } from './module-routes';

// One chunk per page: the first load carries only the frame and the sign-in page.
const LoginPage = lazy(() => import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const MfaEnrolPage = lazy(() => import('../auth/MfaEnrolPage').then((m) => ({ default: m.MfaEnrolPage })));
const MfaVerifyPage = lazy(() => import('../auth/MfaVerifyPage').then((m) => ({ default: m.MfaVerifyPage })));
const ChangePasswordPage = lazy(() =>
  import('../account/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const AccountPage = lazy(() => import('../account/AccountPage').then((m) => ({ default: m.AccountPage })));
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const CasesPage = lazy(() => import('../cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const CaseDetailPage = lazy(() =>
  import('../cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })),
);
const OrganisationsPage = lazy(() =>
  import('../directory/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })),
);
const OrganisationPage = lazy(() =>
  import('../directory/OrganisationPage').then((m) => ({ default: m.OrganisationPage })),
);
const AdminPage = lazy(() => import('../directory/AdminPage').then((m) => ({ default: m.AdminPage })));
const AuditPage = lazy(() => import('../audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const DecisionsInboxPage = lazy(() =>
  import('../decisions/DecisionsInboxPage').then((m) => ({ default: m.DecisionsInboxPage })),
);
const ReferralsPage = lazy(() =>
  import('../referrals/ReferralsPage').then((m) => ({ default: m.ReferralsPage })),
);
const NewReferralPage = lazy(() =>
  import('../referrals/NewReferralPage').then((m) => ({ default: m.NewReferralPage })),
);
const ReferralDraftPage = lazy(() =>
  import('../referrals/ReferralDraftPage').then((m) => ({ default: m.ReferralDraftPage })),
);
const AnonymousNotificationPage = lazy(() =>
  import('../referrals/AnonymousNotificationPage').then((m) => ({ default: m.AnonymousNotificationPage })),
);
const ReferralConfirmationPage = lazy(() =>
  import('../referrals/ReferralConfirmationPage').then((m) => ({ default: m.ReferralConfirmationPage })),
);
const RulesPage = lazy(() => import('../profiles/RulesPage').then((m) => ({ default: m.RulesPage })));
const RulesVersionPage = lazy(() =>
  import('../profiles/RulesPage').then((m) => ({ default: m.RulesVersionPage })),
);
const ProfileAdminPage = lazy(() =>
  import('../profiles/ProfileAdminPage').then((m) => ({ default: m.ProfileAdminPage })),
);
const ScreeningsPage = lazy(() =>
  import('../identification/pages').then((m) => ({ default: m.ScreeningsPage })),
);
const StartScreeningPage = lazy(() =>
  import('../identification/pages').then((m) => ({ default: m.StartScreeningPage })),
);
const DraftScreeningPage = lazy(() =>
  import('../identification/pages').then((m) => ({ default: m.DraftScreeningPage })),
);
const DraftResultPage = lazy(() =>
  import('../identification/pages').then((m) => ({ default: m.DraftResultPage })),
);
const ScreeningPage = lazy(() =>
  import('../identification/pages').then((m) => ({ default: m.ScreeningPage })),
);
const NotFoundPage = lazy(() => import('../shell/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export function createRouter(): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { path: 'login', element: <LoginPage /> },
        { path: 'mfa', element: <MfaVerifyPage /> },
        { path: 'mfa/enrol', element: <MfaEnrolPage /> },
        { path: 'account/password', element: <ChangePasswordPage /> },
        { index: true, element: <HomePage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'cases', element: <CasesPage /> },
        { path: 'cases/:caseId', element: <CaseDetailPage /> },
        { path: 'organisations', element: <OrganisationsPage /> },
        { path: 'organisations/:organisationId', element: <OrganisationPage /> },
        { path: 'admin', element: <AdminPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'nrm-rules', element: <RulesPage /> },
        { path: 'nrm-rules/:profileId/:version', element: <RulesVersionPage /> },
        { path: 'admin/country-profile', element: <ProfileAdminPage /> },
        { path: 'decisions', element: <DecisionsInboxPage /> },
        { path: 'referrals', element: <ReferralsPage /> },
        { path: 'referrals/new', element: <NewReferralPage /> },
        { path: 'referrals/drafts/:draftId', element: <ReferralDraftPage /> },
        { path: 'referrals/anonymous', element: <AnonymousNotificationPage /> },
        { path: 'referrals/:referralId/confirmation', element: <ReferralConfirmationPage /> },
        { path: 'screenings', element: <ScreeningsPage /> },
        { path: 'screenings/new', element: <StartScreeningPage /> },
        { path: 'screenings/draft/:draftId', element: <DraftScreeningPage /> },
        { path: 'screenings/draft/:draftId/result', element: <DraftResultPage /> },
        { path: 'screenings/:screeningId', element: <ScreeningPage /> },
        ...MODULE_ROUTES,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
