/** Tables of migration 016: OpenSLO objects and hourly SLI rollups. */
export interface OpenSloObjectsTable {
  kind: string;
  name: string;
  source_version: string;
  /** JSON of the v1 object's { metadata, spec }. */
  body: string;
  service: string | null;
  slice_target_n: number | null;
  slice_target_d: number | null;
  updated_at: number;
}

export interface SliRollupsTable {
  slo: string;
  hour: number;
  good: number;
  total: number;
  data_slices: number;
  good_slices: number;
  /** Σ over this SLO's hours up to and including this one (migration 025). */
  cum_good: number;
  cum_total: number;
  cum_data_slices: number;
  cum_good_slices: number;
}
