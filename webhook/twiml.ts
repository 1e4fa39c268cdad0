import twilio from 'twilio';

/** An empty <Response/>, or one <Message> with the text, built by the SDK so escaping is its job. */
export function messagingTwiml(text: string | null): string {
  const response = new twilio.twiml.MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}
