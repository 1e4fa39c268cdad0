import twilio from 'twilio';

/** The answer to most messages, built once: the SDK's XML builder is not free, and this never changes. */
const EMPTY_RESPONSE = new twilio.twiml.MessagingResponse().toString();

/** An empty <Response/>, or one <Message> with the text, built by the SDK so escaping is its job. */
export function messagingTwiml(text: string | null): string {
  if (!text) return EMPTY_RESPONSE;
  const response = new twilio.twiml.MessagingResponse();
  response.message(text);
  return response.toString();
}
