// The TwiML builder alone: the SDK's root module loads its whole REST client (~15 MB of heap) we never use.
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';

/** The answer to most messages, built once: the SDK's XML builder is not free, and this never changes. */
const EMPTY_RESPONSE = new MessagingResponse().toString();

/** An empty <Response/>, or one <Message> with the text, built by the SDK so escaping is its job. */
export function messagingTwiml(text: string | null): string {
  if (!text) return EMPTY_RESPONSE;
  const response = new MessagingResponse();
  response.message(text);
  return response.toString();
}
