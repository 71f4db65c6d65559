/**
 * A REST API answered in a way a backfill cannot go on from: a refused or failed request, or an
 * answer that is not what was asked for. Each source has its own subclass (GithubApiError,
 * GitlabApiError) so the use case that catches it can name the source to the user.
 *
 * `status` is the HTTP status, 0 when no answer came (a network failure, a refused link).
 * Messages name the URL and never the token.
 */
export class RestApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RestApiError';
  }
}
