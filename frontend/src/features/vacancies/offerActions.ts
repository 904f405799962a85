import type { Offer } from '../../generated/api';

/** The actions HR admins can record on an offer in this state, with the page each is on. */
export function offerActions(offer: Offer): Array<{ action: string; text: string }> {
  if (offer.status === 'OPEN') {
    return [
      { action: 'accept', text: 'Record that it was accepted' },
      { action: 'decline', text: 'Record that it was declined' },
      { action: 'withdraw', text: 'Withdraw the offer' },
    ];
  }
  if (offer.status === 'IN_TRIAL') {
    return [
      { action: 'confirm', text: 'Confirm the appointment' },
      { action: 'not-successful', text: 'Record that the trial was not successful' },
      ...(offer.trial?.extended ? [] : [{ action: 'extend', text: 'Extend the trial' }]),
    ];
  }
  return [];
}
