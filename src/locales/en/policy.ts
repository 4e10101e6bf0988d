import type vi from '../vi/policy';
import type { SameShape } from '../../lib/i18n/types';

export default {
  newTitle: 'Create account',
  newTitleOrg: 'Create organisation account',
  guideTitle: 'Counter guide',
  kind: {
    label: 'Type of account to create',
    organisation: 'Organisation or business',
    citizen: 'Citizen account',
  },
  replaced: {
    title: 'A citizen needs an account?',
    body: 'Since {date}, citizens register and sign in on their own with their VNeID account. Go through the counter guide with them.',
    link: 'Open the counter guide',
  },
  removal: {
    sources:
      'Basis: official letter 3701/VPCP-KSTT of 29/05/2024 from the Government Office; official letter 2834/UBND-NC of 31/05/2024 from the Bắc Giang People’s Committee.',
    hotline:
      'Citizens with VNeID problems: call the VNeID support line {phone} (Ministry of Public Security).',
  },
  removed: {
    title: 'This function has been removed',
    body: 'Since {date}, one-stop officers no longer create accounts for citizens. Citizens register and sign in to the National Public Service Portal with their VNeID account (official letter {basis}).',
    next: 'Help the citizen use VNeID and link their old account instead.',
    guide: 'Open the counter guide',
    organisation: 'Create an organisation or business account',
  },
  org: {
    title: 'Organisation or business account',
    intro:
      'Organisation and business accounts are created and used as before; their move to VNeID waits for the Ministry of Public Security’s guidance.',
    validUntil:
      'Organisation and business accounts created on the National Public Service Portal remain valid until the end of {date}.',
    organisation: 'The organisation',
    taxCode: 'Tax code',
    taxCodeHelp: '10 digits, or 10 digits-3 digits for a branch (e.g. 2400123456-001)',
    name: 'Name of the organisation or business',
    address: 'Head office address',
    district: 'District, town or city',
    commune: 'Commune, ward or township',
    choose: '— Choose —',
    email: 'Email (optional)',
    representative: 'Legal representative',
    repName: 'Representative’s full name',
    repId: 'Representative’s personal identification number (CCCD)',
    repIdHelp: '12 digits',
    repPhone: 'Representative’s phone number',
    phoneHelp: '10 digits, starting with 0',
    submit: 'Create account',
    submitting: 'Creating…',
    draftRestored: 'What you typed last time has been restored.',
    clearDraft: 'Clear the form',
    created: 'Account {id} was created for {name}.',
    createdDetail: 'Tax code {taxCode} · created by {user} · on {date}',
    another: 'Create another account',
    errorsTitle: 'Please correct these fields:',
  },
  citizen: {
    title: 'Citizen account',
    intro:
      'This function will be removed on {date}; from then on, citizens register with VNeID themselves.',
    fullName: 'Full name',
    identityNumber: 'Personal identification number (CCCD)',
    birthDate: 'Date of birth',
    phone: 'Phone number',
    submit: 'Create citizen account',
    created: 'Account {id} was created for {name}.',
  },
  invalid: {
    taxCode: 'A tax code has 10 digits, or 10 digits-3 digits.',
    cccd: 'A personal identification number has exactly 12 digits.',
    phone: 'A phone number has 10 digits and starts with 0.',
    email: 'This email address is not valid.',
    birthDate: 'This date of birth is not valid.',
    scope: 'This commune is outside your scope.',
    duplicate: 'An account with this tax code was already created at the desk.',
  },
  handout: {
    title: 'Signing in to the National Public Service Portal with VNeID',
    intro:
      'From 15/06/2024 you register and sign in to the National Public Service Portal only with your VNeID account. Your old account on the portal keeps its records; you only need to link it to VNeID, as below.',
    steps: {
      account: {
        title: 'Get a VNeID account',
        items: {
          a: 'Install the VNeID app (Ministry of Public Security) from the App Store or Google Play.',
          b: 'Register with your own personal identification number and phone number. When what you enter matches the national population database, you have a level 1 account, enough for online services.',
        },
      },
      level2: {
        title: 'When you need a level 2 account',
        items: {
          a: 'A level 2 account is verified in person by the police, usually when your ID card is made. Take your chip ID card to the commune police, who will help you activate it.',
        },
      },
      link: {
        title: 'Link your old portal account',
        items: {
          a: 'Sign in to the portal with your old account and open your identity details.',
          b: 'Press “Update from the national population database”.',
          c: 'Sign out, then sign in again with “Sign in with VNeID”: your old account now shows as linked.',
        },
      },
      problems: {
        title: 'If something goes wrong',
        items: {
          a: 'The code goes to an old phone number: reactivate in the app by touching your chip ID card to the phone (NFC), or ask the commune police to update your number.',
          b: 'The app does not recognise your face: try again in good light, without glasses or a mask.',
          c: 'Your name or date of birth does not match the national population database: ask the commune police to correct it.',
          d: 'Your registration is waiting for police approval: wait for the text message, then sign in again.',
        },
      },
    },
    hotline: 'VNeID support line: {phone} (Ministry of Public Security)',
    qr: 'Scan to read the Department of Justice notice on using VNeID accounts',
  },
  guide: {
    intro:
      'The steps an officer goes through with a citizen at the counter, so the citizen uses VNeID and links their old National Public Service Portal account.',
    print: 'Print the handout for the citizen',
    stepsTitle: 'Steps',
    progress: '{done} of {total} steps done',
    doneLabel: 'Step {n} done',
    steps: {
      check: {
        title: 'Check the citizen’s VNeID account',
        items: {
          a: 'Ask whether the citizen already has a VNeID account.',
          b: 'If so, see whether it is level 1 or level 2. Level 1 is enough for online procedures; level 2 adds an in-person check by the police.',
        },
      },
      install: {
        title: 'Install, activate or sign in to VNeID',
        items: {
          a: 'No account yet: install the VNeID app from the official app store and register with the citizen’s own personal identification number and phone number.',
          b: 'A level 1 account is granted when the declared details match the national population database.',
          c: 'Already has an account: sign in to the app, or scan the QR code on the portal’s sign-in page with the VNeID app.',
        },
      },
      link: {
        title: 'Link the old National Public Service Portal account',
        items: {
          a: 'Sign in to the portal with the old account and open the identity information.',
          b: 'Press “Update from the national population database”.',
          c: 'Sign out, then sign in again with the “Sign in with VNeID” button.',
          d: 'Check that the old account now shows as linked.',
        },
      },
      problems: {
        title: 'When something goes wrong',
        items: {
          a: 'The code goes to an old phone number: reactivate in the app with the chip ID card (NFC), or go to the commune police to update the number.',
          b: 'Face matching fails: try again in good light without glasses or a mask; if it still fails, go to the commune police.',
          c: 'Name or date of birth do not match the national population database: refer the citizen to the commune police to correct them. A level 2 account is registered in person with the police.',
          d: 'The registration is waiting for police approval: ask the citizen to come back once it is approved.',
        },
      },
      help: {
        title: 'Support',
        items: {
          a: 'VNeID support line (Ministry of Public Security): 1900.0368.',
        },
      },
    },
    account: {
      title: 'The citizen’s account',
      intro:
        'Find the citizen’s old account to keep it open while you go through the steps, then record the outcome.',
      search: 'Search by name, identity number or phone',
      searchButton: 'Search',
      results: 'Search results',
      total: '{count} accounts found',
      total_one: '{count} account found',
      refine: 'Showing the first {shown}; type more to narrow the results.',
      none: 'No account found.',
      choose: 'Choose {name}',
      chooseShort: 'Choose',
      convertedOn: 'Converted on',
      selected: 'Current account',
      change: 'Choose another account',
      open: 'Open the account page',
      status: 'Status',
      idNumber: 'Identity number',
      unit: 'Unit',
      reason: 'Why not converted',
      notActionable: 'This account needs no further linking.',
      noPermission: 'Your role can view but not record outcomes.',
    },
  },
} satisfies SameShape<typeof vi>;
