/**
 * The JSON Schema (draft 2020-12) of the Financial Times' engineering-progression job-family
 * YAML, used to validate an FT ladder before importing it. Copied unchanged from
 * Financial-Times/engineering-progression `test/schema/job-family.json` (commit d54616e).
 * It travels with its licence notice (also in data/ladders/ft/LICENSE):
 *
 * MIT License
 *
 * Copyright (c) 2019 Financial Times
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
export const ftJobFamilySchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/Financial-Times/engineering-progression/blob/main/test/schema/job-family.json",
  "title": "Product",
  "description": "A description of levels, themes, and competencies for a particular job family at the Financial Times",
  "type": "object",
  "properties": {
    "competencies": {
      "title": "Competencies that apply to this job family",
      "type": "array",
      "items": {
        "$ref": "#/$defs/competency"
      }
    },
    "googleSheetId": {
      "title": "ID of the Google Sheet to push competencies data to",
      "type": "string"
    },
    "isLegacy": {
      "title": "Whether the job family is considered legacy",
      "type": "boolean"
    },
    "summary": {
      "title": "Summary of the job family",
      "type": "string"
    },
    "levels": {
      "title": "Levels for this job family",
      "type": "array",
      "items": {
        "$ref": "#/$defs/level"
      }
    },
    "name": {
      "title": "Job family name",
      "type": "string",
      "minLength": 2
    },
    "themes": {
      "title": "Themes that apply to competencies in this job family",
      "type": "array",
      "items": {
        "$ref": "#/$defs/theme"
      }
    }
  },
  "required": [
    "competencies",
    "googleSheetId",
    "summary",
    "levels",
    "name",
    "themes"
  ],
  "additionalProperties": false,
  "$defs": {
    "competency": {
      "type": "object",
      "properties": {
        "id": {
          "title": "Unique ID for the competency",
          "type": "string",
          "pattern": "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[1-5]{1}[a-fA-F0-9]{3}-[89abAB]{1}[a-fA-F0-9]{3}-[a-fA-F0-9]{12}"
        },
        "examples": {
          "title": "Examples of how to meet the competency (legacy)",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 5
          }
        },
        "level": {
          "title": "The ID of a level defined by the job family",
          "type": "string",
          "minLength": 2
        },
        "proficiency": {
          "title": "The level of proficiency expected to meet the competency",
          "type": "string",
          "enum": [
            "Awareness",
            "Foundational",
            "Working knowledge",
            "Practitioner",
            "Expert"
          ]
        },
        "summary": {
          "title": "A description of the the competency",
          "type": "string",
          "minLength": 2
        },
        "supportingUrls": {
          "title": "Supporting URLs to help understand the competency (legacy)",
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "label": {
                "title": "Label",
                "type": "string",
                "minLength": 2
              },
              "url": {
                "title": "URL",
                "type": "string",
                "minLength": 5,
                "pattern": "^https?://"
              }
            },
            "required": [
              "label",
              "url"
            ],
            "additionalProperties": false
          }
        },
        "theme": {
          "title": "The ID of a theme defined by the job family",
          "type": "string",
          "minLength": 2
        }
      },
      "required": [
        "id",
        "level",
        "proficiency",
        "summary",
        "theme"
      ],
      "additionalProperties": false
    },
    "level": {
      "type": "object",
      "properties": {
        "id": {
          "title": "Unique ID for the level",
          "type": "string",
          "minLength": 2
        },
        "name": {
          "title": "Human-readable name for the level",
          "type": "string",
          "minLength": 2
        }
      },
      "required": [
        "id",
        "name"
      ],
      "additionalProperties": false
    },
    "theme": {
      "type": "object",
      "properties": {
        "id": {
          "title": "Unique ID for the theme",
          "type": "string",
          "minLength": 2
        },
        "name": {
          "title": "Human-readable name for the theme",
          "type": "string",
          "minLength": 2
        },
        "summary": {
          "title": "A short description of the theme",
          "type": "string",
          "minLength": 2
        }
      },
      "required": [
        "id",
        "name"
      ],
      "additionalProperties": false
    }
  }
};
